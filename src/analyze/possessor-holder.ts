// "An inquiry looked into Davis's concern", "could fuel Trump's nagging concern": where nothing else in the sentence holds
// a worry noun, the name that owns it does (a wrong holder is worse than none, so only a name the article knows).
import type { Sentence } from '../types.js';
import type { NameIndex } from './name-index.js';
import { resolveMention } from './resolve-mention.js';
import { isSpeaker } from './speaker-check.js';
import { CAPITAL_POSSESSIVE, isCapitalised, type Token } from './tokens.js';
import { isRoleWordLower } from './name-words.js';
import { lexicons } from '../lexicon.js';
import { sentenceTokens } from './sentence-tokens.js';

/** Worry nouns a possessor holds. */
const HELD = /^(concerns?|worry|worries|fears?|criticism|complaints?|warnings?|threats?|objections?|misgivings|alarm|anxiety|anger|outrage)$/i;

/** The name before "'s" (at most one plain modifier between) that owns the worry noun at the cue, or null. */
export function possessorHolder(sentence: Sentence, names: NameIndex, cueStart: number | null): string | null {
  const tokens = sentenceTokens(sentence);
  const cue = tokens.findIndex((t) => t.start === cueStart);
  if (cue < 1 || !HELD.test(tokens[cue]?.text ?? '')) return null;
  const at = CAPITAL_POSSESSIVE.test(tokens[cue - 1]?.text ?? '') ? cue - 1 : /^\p{Ll}+$/u.test(tokens[cue - 1]?.text ?? '') ? cue - 2 : -1;
  // "Despite his stern warning about …": "his" or "her" holds it as "he" or "she" would, the person the pronoun means.
  const isOwn = (k: number): boolean => /^(his|her)$/i.test(tokens[k]?.text ?? '');
  const pronoun = isOwn(cue - 1) ? tokens[cue - 1] : isOwn(cue - 2) && /^\p{Ll}+$/u.test(tokens[cue - 1]?.text ?? '') ? tokens[cue - 2] : undefined;
  if (pronoun) {
    // "If the president does follow through on his veto threat": a role named before it in the sentence is whom it likelier means.
    if (tokens.slice(0, tokens.indexOf(pronoun)).some((t) => isRoleWordLower(t.text) || lexicons().titles.has(t.text))) return null;
    const said = resolveMention([{ ...pronoun, text: /^his$/i.test(pronoun.text) ? 'he' : 'she' }], sentence, names);
    return said && isSpeaker(said) && said.kind === 'person' ? said.name : null;
  }
  const owner = tokens[at];
  const bare = owner ? CAPITAL_POSSESSIVE.exec(owner.text)?.[1] : undefined;
  if (!owner || !bare) return null;
  // "played on Americans' fears", "an appeal to Trump's fears": what is worked on, not who voices it; nor a lone sentence opener.
  let first = at;
  while (first > 0 && tokens[first - 1]?.kind === 'word' && isCapitalised(tokens[first - 1]?.text ?? '') && !/^(The|A|An)$/.test(tokens[first - 1]?.text ?? ''))
    first--;
  if (/^(on|upon|to|at|about)$/i.test(tokens[first - 1]?.text ?? '') || first === 0) return null;
  const phrase: Token[] = [...tokens.slice(first, at), { ...owner, text: bare, end: owner.start + bare.length }];
  const speaker = resolveMention(phrase, sentence, names);
  return speaker && isSpeaker(speaker) && speaker.kind !== 'unknown' ? speaker.name : null;
}
