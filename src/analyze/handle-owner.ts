// A social-media handle as a speaker: `"…" —@realDonaldTrump` names the one person of the article whose name it spells; and a
// document whose owner is a possessive pronoun ("his report said") speaks for whom the pronoun stands for.
import { lexicons } from '../lexicon.js';
import type { Sentence, Speaker } from '../types.js';
import type { NameIndex } from './name-index.js';
import type { Token } from './tokens.js';

const letters = (text: string): string => text.toLowerCase().replace(/[^\p{L}]/gu, '');

/**
 * The person a one-word mention written as a handle ("@realDonaldTrump") stands for: the person whose first and last
 * name the handle spells, when exactly one of the article's people fits; else the handle itself. Null when it is no handle.
 */
export function handleOwner(phrase: readonly Token[], sentence: Sentence, names: NameIndex): Speaker | null {
  const [word] = phrase;
  if (phrase.length !== 1 || !word || sentence.text.charAt(word.start - sentence.start - 1) !== '@') return null;
  const handle = letters(word.text);
  // The first and last name spelled together ("realDonaldTrump"), whatever else the article put before them.
  const spelled = (name: string): string => letters(name.split(' ').slice(-2).join(''));
  // "@paulcbetts", "@joshapte": the first name cut short or an initial after it, when the handle ends on the surname.
  const shortened = (name: string): boolean => {
    const parts = name.split(' ');
    const given = letters(parts[0] ?? '');
    const surname = letters(parts.at(-1) ?? '');
    return (
      surname.length >= 4 &&
      given.length >= 3 &&
      handle.endsWith(surname) &&
      handle.startsWith(given.slice(0, 3)) &&
      handle.length <= given.length + surname.length + 1
    );
  };
  // "—@Ilhan" for Rep. Ilhan Omar: a first name of four letters or more alone, when one person of the article has it.
  const given = (name: string): boolean => handle.length >= 4 && handle === letters(name.split(' ')[0] ?? '');
  const people = new Set(
    [...names.fullNames.values()].filter((name) => name.includes(' ') && (handle.includes(spelled(name)) || shortened(name) || given(name))),
  );
  const [only] = people;
  if (people.size === 1 && only) return { name: only, title: names.titles.get(only) ?? null, kind: 'person', mention: `@${word.text}` };
  // No one person of the article fits: the account itself names who wrote, person or body, better than a guess.
  return /^\w{1,30}$/.test(word.text) ? { name: `@${word.text}`, title: null, kind: 'unknown', mention: `@${word.text}` } : null;
}

/** The pronoun "his report" or "her statement" stands for ("he", "she"), as a phrase to resolve in its place; null otherwise. */
export function pronounOwner(phrase: readonly Token[]): Token[] | null {
  const [owner, noun] = phrase;
  const subject = { his: 'he', her: 'she' }[owner?.text.toLowerCase() ?? ''];
  return phrase.length === 2 && owner && subject && lexicons().documentWords.has(noun?.text.toLowerCase() ?? '') ? [{ ...owner, text: subject }] : null;
}
