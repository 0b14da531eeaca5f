// "Jeremy Irons said he had wondered … “…,” the British actor said": an epithet in place of the name just given.
import type { NameIndex, NameMention } from './name-index.js';
import { fullName, isKnownPerson, mentionBefore } from './name-lookup.js';
import { isEpithetHead } from './name-words.js';

/**
 * The person an epithet ("the youngster", "the billionaire businessman") stands for: the one person named in the three
 * sentences before it (this paragraph or the one before) and its own, a subject among them; null when there are two,
 * or a name the index cannot type that might be a person's, as a wrong name is worse than none.
 */
export function personByEpithet(index: NameIndex, head: string, sentence: number, offset: number): NameMention | null {
  if (!isEpithetHead(head)) return null;
  const paragraph = index.paragraphs?.get(sentence) ?? 0;
  const near = index.mentions.filter(
    (m) => !m.quoted && m.sentence >= sentence - 3 && (index.paragraphs?.get(m.sentence) ?? 0) >= paragraph - 1 && mentionBefore(m, sentence, offset),
  );
  const people = near.filter((m) => m.kind === 'person' || isKnownPerson(index, fullName(index, m.name)));
  const unknown = near.some((m) => m.kind === 'unknown' && !people.includes(m) && m.name.includes(' '));
  const names = new Set(people.map((m) => fullName(index, m.name)));
  // A subject, not the object of a preposition ("held by Democrat Orsino Vetch … the billionaire said" may be someone else).
  const subject = people.some((m) => m.subject && !/^(by|of|to|with|for|from|against|at|on|in|about|than)$/i.test(m.before));
  return !unknown && names.size === 1 && subject ? (people.at(-1) ?? null) : null;
}
