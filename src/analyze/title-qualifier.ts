// Why: the lower-case words before a capitalised title that belong to it ("former", "deputy Prime Minister", "senior executive VP
// Bill Shine"): without the rank the brief promotes a deputy to the office; name-index.ts is at its size limit.
import { lexicons } from '../lexicon.js';
import { isCourtesy } from './name-words.js';
import { titleOwnerAt } from './title-owner.js';
import { textsOf, type Token } from './tokens.js';

/** Ranks that make another office of the title after them ("deputy Prime Minister" is not the Prime Minister). */
const RANK = /^(?:deputy|assistant|associate|senior|executive|vice|principal|junior|special)$/;

/** Levels of government that make another office ("state Sen. Jason Holsman" is no U.S. senator). */
const LEVEL = /^(?:state|county|city|provincial|municipal)$/;

/** A word that qualifies the title after it: when it is held ("former", "ex-Foreign"), the rank ("deputy") or the level ("state"). */
export const isTitleQualifier = (word: string): boolean =>
  lexicons().titleQualifiers.has(word) || RANK.test(word) || LEVEL.test(word) || /^ex-\p{Lu}/u.test(word);

/** "former" or "senior executive" before the title of a name that starts at `first`: up to three such words, kept with it. */
export function qualifierBefore(tokens: readonly Token[], first: number, title: string): string | null {
  // "former Miss England Danielle Lloyd": a courtesy title ("Miss", "Mr.") is no office, so nothing qualifies it.
  if (isCourtesy(title)) return null;
  let k = first;
  while (k > 0 && first - k < 3 && tokens[k - 1]?.kind === 'word' && isTitleQualifier(tokens[k - 1]?.text ?? '')) k--;
  // "Apple's former Chief Executive": the owner before the qualifiers is the title's too.
  k = titleOwnerAt(tokens, k, title) ?? k;
  return k < first ? textsOf(tokens.slice(k, first)).join(' ') : null;
}

/** Whether words before a title are all qualifiers of it ("former", "deputy", "senior executive"). */
export const isQualifierPhrase = (text: string): boolean => text.split(' ').every(isTitleQualifier);
