// Why: "the science and technology committee said" named "technology committee": a body's lower-case name goes on through its "and".
import { lexicons } from '../lexicon.js';
import { isOrgWord, isRoleNoun } from './name-words.js';
import type { Token } from './tokens.js';

/** A word for a person, not a field: "the mayor and city council" are two. */
const isPerson = (word: string): boolean => isRoleNoun(word) || lexicons().titles.has(word);

/** Whether the "and" at `i` joins two lower-case words of one body's name: the words after it, up to three, end on a body's head
 *  ("technology committee", "human services department") and a lower-case word stands before it ("science"). */
export function joinsBodyName(tokens: readonly Token[], i: number, phrase: readonly Token[]): boolean {
  const lower = (t: Token | undefined): boolean => t?.kind === 'word' && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !/^(?:the|a|an|and|or|of)$/.test(t.text);
  return (
    tokens[i]?.text === 'and' &&
    phrase.length >= 2 &&
    phrase.length <= 3 &&
    phrase.every(lower) &&
    isOrgWord(phrase.at(-1)?.text ?? '') &&
    lower(tokens[i - 1]) &&
    !isPerson(tokens[i - 1]?.text ?? '')
  );
}
