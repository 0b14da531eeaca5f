// "Sens. Mike Crapo and Jim Risch" in a line the name index skips as title case, "Cecile Richards" only in the headline, "The Rachel
// Maddow Show": a full name the article writes where the index takes no name from, kept so that a surname said alone
// ("“…,” Risch told …") can still be printed in full.
import { lexicons } from '../lexicon.js';
import { isTitleWord } from './capital-runs.js';
import { isOrgWord } from './name-words.js';

/** A capitalised word and the next one, read with a lookahead so that "The Rachel Maddow Show" gives "Rachel Maddow" too. */
const PAIR = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+) (?=(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'’-]))/gu;

/** Surname → the full names (a listed given name, then the surname) written anywhere in `texts`, headline and title-case lines too. */
export function spelledFullNames(texts: readonly string[]): Map<string, Set<string>> {
  const { givenNames, calendarWords, functionWords } = lexicons();
  const found = new Map<string, Set<string>>();
  // "Jerry World, the biggest stadium in the world": a second word the text also writes in lower case is a common word, no surname.
  // Looked up only for the few pairs that pass the other tests: a set of every lower-case word cost more than all the lookups.
  const joined = texts.join('\n');
  for (const text of texts)
    for (const [, given = '', surname = ''] of text.matchAll(PAIR)) {
      const first = given.toLowerCase();
      // "April Mellody" may be a month and a surname, "Major Owens" a rank: a word that is anything but a given name is no sign.
      if (!givenNames.has(first) || calendarWords.has(first) || functionWords.has(first) || isTitleWord(given)) continue;
      if (isOrgWord(surname) || isTitleWord(surname) || hasLowerWord(joined, surname.toLowerCase())) continue;
      const names = found.get(surname) ?? new Set<string>();
      names.add(`${given} ${surname}`);
      found.set(surname, names);
    }
  return found;
}

/** Whether `word` (in lower case) stands in `text` as a whole lower-case word: no letter, apostrophe or hyphen before it, no lower-case letter after. */
function hasLowerWord(text: string, word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.slice(Math.max(0, at - 2), at) : '';
    const after = text.slice(at + word.length, at + word.length + 2);
    if (!/[\p{L}'’-]$/u.test(before) && !/^\p{Ll}/u.test(after)) return true;
  }
  return false;
}
