// Why: the holder, other-side, quoted-voice and attribution rules each tokenised the same sentence again; it is done once.
import type { Sentence } from '../types.js';
import { type Token, tokenize } from './tokens.js';

const kept = new WeakMap<Sentence, readonly Token[]>();

/** The sentence's tokens, offsets in its paragraph (`tokenize(s.text, s.start)`), made once per sentence and shared: never change them. */
export function sentenceTokens(s: Sentence): readonly Token[] {
  let tokens = kept.get(s);
  if (tokens === undefined) {
    tokens = Object.freeze(tokenize(s.text, s.start));
    kept.set(s, tokens);
  }
  return tokens;
}
