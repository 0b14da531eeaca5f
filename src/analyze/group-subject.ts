// "human rights groups warned", "environmental groups worried": a plain plural of a body or role names who holds the worry
// even in lower case, where the speaker check wants a name; a thing ("rising prices threaten") is no group.
import { lexicons } from '../lexicon.js';
import { isRoleNoun } from './name-words.js';
import type { Token } from './tokens.js';
import type { Sentence } from '../types.js';
import { groupWithComplement } from './group-complement.js';
import { personIn } from './holder-person.js';
import type { NameIndex } from './name-index.js';

/** Words before the head that keep the phrase a plain description: a few determiners, lower-case words, acronyms ("US"). */
const LEAD = /^(\p{Ll}[\p{Ll}-]*|\p{Lu}{2,}|\p{Lu}\p{Ll}+)$/u;
/** Group plurals no suffix marks as a role or body: "some allies", "local charities", "many foreign firms", "angry fans". */
const GROUP_HEAD =
  /^(allies|charities|citizens|locals|families|firms|businesses|airlines|landlords|progressives|advocates|fans|partisans|academics|judges|watchdogs|countries|nations|bosses|coaches|witnesses)$/;
const DETERMINER = /^(some|many|most|other|several|few|all)$/i;

/** Whether a plural word is a body's or a role's ("groups", "companies", "activists", "critics"). */
export function isGroupPlural(word: string): boolean {
  // "Other Republicans", "Senior Democrats": a party's members are a group, written with a capital.
  if (lexicons().parties.plurals.has(word)) return true;
  if (!/^\p{Ll}+(s|men)$/u.test(word) || /ss$/.test(word)) return false;
  const one = word.replace(/men$/, 'man').replace(/ies$/, 'y').replace(/s$/, '');
  const { orgWords, speakingRoles } = lexicons();
  return orgWords.has(one) || speakingRoles.has(word) || speakingRoles.has(one) || isRoleNoun(one) || GROUP_HEAD.test(word);
}

/** The plural group a subject phrase names ("human rights groups", "some critics"), without its article; else null. */
export function groupSubject(phrase: readonly Token[], sentence?: Sentence): string | null {
  return plainGroup(phrase) ?? (sentence ? groupWithComplement(phrase, sentence, isGroupPlural) : null);
}

function plainGroup(phrase: readonly Token[]): string | null {
  // "even critics say": a focus word or article before the group is no part of it.
  const words = phrase.slice(/^(the|even)$/i.test(phrase[0]?.text ?? '') ? 1 : 0);
  const head = words.at(-1)?.text ?? '';
  if (words.length === 0 || words.length > 5 || !isGroupPlural(head)) return null;
  // "of likely voters", "his allies": a preposition, pronoun or other function word leaves the phrase a fragment or a pointer.
  // "Perhaps most controversial amongst politicians": a sentence adverb opens a clause, not a group.
  const { pronouns, functionWords, sentenceAdverbs } = lexicons();
  const closed = (word: string): boolean => functionWords.has(word) || pronouns.has(word) || sentenceAdverbs.has(word);
  const plain = (t: Token): boolean => DETERMINER.test(t.text) || !closed(t.text.toLowerCase());
  if (!words.every((t) => t.kind === 'word' && LEAD.test(t.text) && plain(t))) return null;
  return words.map((t) => t.text).join(' ');
}

/** The holder a subject that is a preposition's object names: a person in it, else the group whose narrowing phrase it ends ("… on both sides"). */
export const voiceIn = (head: readonly Token[], sentence: Sentence, names: NameIndex): string | null =>
  personIn(head, sentence, names) ?? groupWithComplement(head, sentence, isGroupPlural);
