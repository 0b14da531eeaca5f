// "Just recently the Armenians of Israel protested …", "Later the driver drove …": an adverb of time or sequence that
// opens the sentence with no comma after it is no part of the subject that follows it (stop 70).
import { leadingPhrase } from './subject.js';
import type { Token } from './tokens.js';

const FRONTED =
  /^(just|recently|lately|later|earlier|meanwhile|now|then|yesterday|today|tonight|afterwards|subsequently|previously|initially|eventually|finally|separately|also|soon)$/i;

/** How many words from `from` are fronted adverbs before a subject's first word; 0 when none, or nothing follows them. */
export function frontedAdverbs(words: readonly Token[], from = 0): number {
  let k = from;
  while (k < words.length && words[k]?.kind === 'word' && FRONTED.test(words[k]?.text ?? '')) k++;
  const next = words[k]?.text ?? '';
  // A number or participle after the adverb opens a clause of its own ("Now 46 and living in California, she …").
  const opens = words[k]?.kind === 'word' && /^\p{L}/u.test(next) && !/^\p{Ll}+(ing|ed)$/u.test(next);
  return k > from && opens ? k - from : 0;
}

/** The sentence's opening subject, past fronted adverbs with no comma (leadingPhrase skips those set off by one). */
export function openingSubject(tokens: readonly Token[]): Token[] {
  const skip = frontedAdverbs(tokens);
  return leadingPhrase(skip > 0 ? tokens.slice(skip) : tokens);
}
