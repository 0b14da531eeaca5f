// Why: "Mrs. Clinton" in an article that names Bill and Hillary Clinton is Hillary: a courtesy title's sex picks the bearer of a surname.
import { genderOf, fullName } from './name-lookup.js';
import { settledSex, titleSex } from './name-gender.js';
import type { NameIndex } from './name-index.js';
import { isCourtesy } from './name-words.js';

/** A first name no list knows that ends in a consonant and "a" ("Ghazala", not "Khizr"): in most languages a woman's. Only told
 *  apart from a man of the same surname under "Mr.", never used to name anyone alone. */
const femaleByEnding = (name: string): 'f' | null => (/^\p{Lu}\p{Ll}*[^aeiou\s]a$/u.test(name.split(' ')[0] ?? '') ? 'f' : null);

/** The other full names the article gives with this surname whose bearer is of `sex` (`unknownToo`: or of no known sex). */
function otherBearers(names: NameIndex, surname: string, full: string, sex: 'm' | 'f', unknownToo = false): string[] {
  const fits = new Set<string>();
  for (const m of names.mentions) {
    if (m.kind !== 'person' || !m.name.endsWith(` ${surname}`)) continue;
    const name = fullName(names, m.name);
    const bearer = genderOf(names, name);
    if (name !== full && (bearer === sex || (unknownToo && bearer === null && femaleByEnding(name) === null))) fits.add(name);
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
  // "Mr. Khan" beside "Khizr and Ghazala Khan": the one man of the surname, or the surname alone when the article names several.
  if (!known && sex === 'm' && femaleByEnding(full)) {
    const men = otherBearers(names, name, full, sex, true);
    if (men.length > 0) return men.length === 1 ? (men[0] ?? name) : name;
  }
  if (known === sex || (!known && genderOf(names, full) !== (sex === 'm' ? 'f' : 'm'))) return full;
  // Other bearers of the surname may be told apart by first names ("Mrs. Clinton" is not Bill). With none or several, the
  // article's own word keeps the surname bare; a first-name list alone keeps the full name (Lindsey Graham).
  const others = otherBearers(names, name, full, sex);
  if (others.length === 1) return others[0] ?? name;
  return known || others.length > 1 ? name : full;
}
