// "Tony Blair is urging … . “…,” the prime minister said": an office the article never writes beside the name still means the one
// person whose narration opens just before it, when nobody else in sight holds or could hold that office.
import { lexicons } from '../lexicon.js';
import { isCourtesy, isKnownPerson, fullName, mentionBefore, personByRole } from './name-lookup.js';
import type { NameIndex, NameMention } from './name-index.js';
import { personByEpithet } from './epithet.js';

/** Offices a story hands on to the person it is about; ranks and trades ("the colonel", "the judge", "the actor", "the official")
 * as often bring in someone new. */
const OFFICE = /^(?:president|minister|premier|chancellor|senator|governor|mayor|leader|secretary|congress(?:wo)?man|lawmaker|nominee)$/;

/** The person a role word stands for: by its title, as an epithet, else as the office of the one subject just before. A place
 * or party before the office ("the Texas senator") is left to the title lookups, as it may bring in another holder. */
export function personByRoleWord(index: NameIndex, head: string, sentence: number, offset: number, bare: boolean): NameMention | null {
  return (
    personByRole(index, head, sentence, offset, bare) ??
    personByEpithet(index, head, sentence, offset) ??
    (bare ? personByOffice(index, head, sentence, offset) : null)
  );
}

/** The office word of a title the article gives a person ("senator" for "Sen."), or '' for none or a courtesy title. */
function officeOf(index: NameIndex, m: NameMention): string {
  const title = m.title && !isCourtesy(m.title) ? m.title : (index.titles.get(fullName(index, m.name)) ?? '');
  const word = isCourtesy(title) ? '' : (title.toLowerCase().split(/\s+/).pop() ?? '').replace(/\.$/, '');
  return lexicons().titleAbbreviations.get(word) ?? word;
}

/**
 * The one person who is a subject in the sentence before (this paragraph or the one before) or earlier in this one, outside
 * quotation marks and not answering one ("“…?” Borger asked"); null when another person there holds the office, when the
 * person's own title is another office, or when a name the index cannot type might be a person's.
 */
export function personByOffice(index: NameIndex, head: string, sentence: number, offset: number): NameMention | null {
  if (!OFFICE.test(head)) return null;
  const paragraph = index.paragraphs?.get(sentence) ?? 0;
  const near = index.mentions.filter(
    (m) => !m.quoted && m.sentence >= sentence - 1 && (index.paragraphs?.get(m.sentence) ?? 0) >= paragraph - 1 && mentionBefore(m, sentence, offset),
  );
  const people = near.filter((m) => m.kind === 'person' || isKnownPerson(index, fullName(index, m.name)));
  if (near.some((m) => m.kind === 'unknown' && !people.includes(m) && m.name.includes(' ') && m.subject)) return null;
  const subjects = people.filter((m) => m.subject && !/^(by|of|to|with|for|from|against|at|on|in|about|than|["“”'‘’])$/.test(m.before));
  const names = new Set(subjects.map((m) => fullName(index, m.name)));
  const person = subjects.at(-1);
  if (!person || names.size !== 1) return null;
  const own = officeOf(index, person);
  if (own !== '' && own !== head) return null;
  const name = fullName(index, person.name);
  return people.some((m) => fullName(index, m.name) !== name && officeOf(index, m) === head) ? null : person;
}
