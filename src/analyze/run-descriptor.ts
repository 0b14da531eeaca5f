// A role word inside a capital run that describes the person named after it, not part of the name.
import { lexicons } from '../lexicon.js';
import { isRoleNoun } from './name-words.js';
import { isListedPlace } from './place-before-name.js';
import { isPartyName } from './party-words.js';

/** "Comedian Sarah Silverman": a role word, before a first name and a surname, describes the person ("Mehmet Ali Şahin" keeps his first name). */
export function isRunDescriptor(word: string, nameWords: readonly string[]): boolean {
  const lower = word.toLowerCase();
  const { givenNames, titles, speakingRoles } = lexicons();
  // A listed role ("Billionaire Donald Trump", "Democrat Zephyr Teachout") needs no first name after it; one that is a first name too ("Tory") needs one.
  const listed = titles.has(lower) || speakingRoles.has(lower);
  const given = givenNames.has(nameWords[0]?.toLowerCase() ?? '');
  if (givenNames.has(lower) && !(listed && given)) return false;
  // "Republican Trump and Democrat Clinton": a party word before one surname describes the person, as a role does ("Democrat of Indiana" names a place).
  const [one = ''] = nameWords;
  // A plural ("Democratic Unionists") names the party's members, no one person.
  const person = /^\p{Lu}\p{Ll}+$/u.test(one) && !/(?:ists|ites|ians)$/.test(one) && !lexicons().orgWords.has(one.toLowerCase()) && !isListedPlace(one);
  if (isPartyName(word) && nameWords.length === 1 && person) return true;
  return nameWords.length >= 2 && (listed || isRoleNoun(lower)) && ((listed && nameWords.length <= 3) || given);
}
