// "Jeremy Irons said he had wondered … “…,” the British actor said": an epithet in place of the name just given.
import type { NameIndex, NameMention } from './name-index.js';
import { fullName, isKnownPerson, mentionBefore } from './name-lookup.js';
import { isEpithetHead } from './name-words.js';

/** A word before a name that makes it a preposition's object, not a subject. */
const PREPOSITION = /^(by|of|to|with|for|from|against|at|on|in|about|than)$/i;

/**
 * The person an epithet ("the youngster", "the billionaire businessman") stands for: the one person named in the three
 * sentences before it (this paragraph or the one before) and its own, a subject among them; null when there are two,
 * or a name the index cannot type that might be a person's, as a wrong name is worse than none.
 */
export function personByEpithet(index: NameIndex, head: string, sentence: number, offset: number): NameMention | null {
  if (!isEpithetHead(head)) return null;
  const paragraph = index.paragraphs?.get(sentence) ?? 0;
  // Three sentences back, counted from where a quotation running into this sentence opens; a quotation's sentences before it
  // count as the one they open in, since a quotation names no one new ("Wenger … He said: "… "… . …" The Frenchman told …").
  let from = index.quoteOpenings?.get(sentence) ?? sentence;
  for (let step = 0; step < 3; step++) from = index.quoteOpenings?.get(from - 1) ?? from - 1;
  const near = index.mentions.filter(
    (m) => !m.quoted && m.sentence >= from && (index.paragraphs?.get(m.sentence) ?? 0) >= paragraph - 1 && mentionBefore(m, sentence, offset),
  );
  const people = near.filter((m) => m.kind === 'person' || isKnownPerson(index, fullName(index, m.name)));
  const unknown = near.some((m) => m.kind === 'unknown' && !people.includes(m) && m.name.includes(' '));
  const names = new Set(people.map((m) => fullName(index, m.name)));
  // A subject, not the object of a preposition ("held by Democrat Orsino Vetch … the billionaire said" may be someone else).
  const isSubject = (m: NameMention): boolean => m.subject && !PREPOSITION.test(m.before);
  if (!people.some(isSubject)) return ageOfObject(head, people, names.size === 1 && !unknown);
  if (names.size === 1 && !unknown) return people.at(-1) ?? null;
  // Others named only in a list or an object do not compete; a subject the index cannot type still might.
  if (near.some((m) => m.kind === 'unknown' && !people.includes(m) && m.name.includes(' ') && isSubject(m))) return null;
  return soleSubject(index, people.filter(isSubject), people.at(-1));
}

/**
 * "Norwich have signed midfielder Graham Stuart. “…,” the 34-year-old said": an age fits only a person, so the one person
 * named may be an object, though not a preposition's ("held by Orsino Vetch … the 60-year-old said" may be someone else).
 */
function ageOfObject(head: string, people: readonly NameMention[], sole: boolean): NameMention | null {
  const last = people.at(-1);
  if (!sole || !last || !/^\d{1,3}-year-old$/.test(head) || PREPOSITION.test(last.before)) return null;
  return last;
}

/** "… such stars as Michael Douglas, Jeremy Irons and … . Irons said …. “…,” the British actor said": others listed, one subject, named last and opening its sentence. */
function soleSubject(index: NameIndex, subjects: readonly NameMention[], last: NameMention | undefined): NameMention | null {
  const names = new Set(subjects.map((m) => fullName(index, m.name)));
  const latest = subjects.at(-1);
  // It opens its sentence: "She will now meet Venus Williams" reads as a subject to the index, but is none.
  const opens = latest?.before === '';
  return names.size === 1 && opens && latest && last && fullName(index, last.name) === fullName(index, latest.name) ? latest : null;
}
