// Why: "Mrs. Clinton" beside Bill and Hillary Clinton, "Mr. Khan" beside Khizr and Ghazala Khan: a courtesy title's sex picks the bearer.
import { genderOf, fullName } from './name-lookup.js';
import { settledSex, titleSex } from './name-gender.js';
import type { NameIndex } from './name-index.js';
import { isCourtesy } from './name-words.js';

/** The other full names the article gives with this surname whose bearer is of `sex`. */
function otherBearers(names: NameIndex, surname: string, full: string, sex: 'm' | 'f'): string[] {
  const fits = new Set<string>();
  for (const m of names.mentions) {
    if (m.kind !== 'person' || !m.name.endsWith(` ${surname}`)) continue;
    const name = fullName(names, m.name);
    if (name !== full && genderOf(names, name) === sex) fits.add(name);
  }
  return [...fits];
}

/** "Mr. Obama" is not "Michelle Obama": the full name of a surname, unless a courtesy title gives the other sex than the article does. */
export function fullNameAs(names: NameIndex, name: string, mention: string): string {
  const full = fullName(names, name);
  // The word before the surname, written as a title ("Mr.", not "MR."), when it is a courtesy title that has a sex.
  const courtesy = /(\S+)\s+\S+$/.exec(mention)?.[1] ?? '';
  const sex = /^\p{Lu}\p{Ll}*\.?$/u.test(courtesy) && isCourtesy(courtesy) ? titleSex(courtesy) : null;
  if (!sex || full === name) return full;
  // Only what the article says settles it (a title, the pronouns): a first-name list calls Lindsey Graham a woman.
  const known = titleSex(names.titles.get(full) ?? '') ?? settledSex(names.pronounVotes?.get(full) ?? { m: 0, f: 0 });
  if (known && known !== sex) {
    const others = otherBearers(names, name, full, sex);
    return others.length === 1 ? (others[0] ?? name) : name;
  }
  if (known || genderOf(names, full) !== (sex === 'm' ? 'f' : 'm')) return full;
  // With other bearers of the surname, first names may tell them apart ("Mrs. Clinton" is not Bill); with none, the title wins (Lindsey Graham).
  const others = otherBearers(names, name, full, sex);
  if (others.length === 0) return full;
  return others.length === 1 ? (others[0] ?? name) : name;
}
