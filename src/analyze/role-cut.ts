// Why: a role after a name is read up to eight words, and the cap cut some on a modifier ("former governor of Minnesota and a
// Republican presidential", "senator from the state of Vermont and self-described"); split from name-roles.ts to keep it short.
import { isArticle, isCapitalised } from './tokens.js';

/** A word that modifies a noun still to come: an adjective's common endings, or a hyphenated participle ("self-described"). */
const MODIFIER = /^\p{Ll}[\p{Ll}-]*(?:al|ive|ic|ous|ful|ible|able)$|^\p{Ll}+-\p{Ll}+ed$/u;

/**
 * A role the word cap cut on a modifier ends before its last "and" or preposition that opens a phrase ("… and a Republican
 * presidential" → up to "and"); other roles are kept whole.
 */
export function withoutCutModifier(words: readonly string[], isRole: (word: string) => boolean, prepositions: RegExp): readonly string[] {
  const last = words.at(-1) ?? '';
  if (words.length < 8 || !MODIFIER.test(last) || isRole(last)) return words;
  const opens = (w: string | undefined): boolean => w !== undefined && (isArticle(w) || isCapitalised(w) || MODIFIER.test(w));
  for (let k = words.length - 1; k >= 2; k--) if ((words[k] === 'and' || prepositions.test(words[k] ?? '')) && opens(words[k + 1])) return words.slice(0, k);
  return words;
}
