// Why: "Vikram Amar, dean of the University of Illinois College of Law, said … “In Fisher,” Dean Amar said": a title that is also a
// given name ("Dean", "Judge") before the surname of someone the article names in full with that title is the title, not a name.
import { lexicons } from '../lexicon.js';
import type { NameIndex } from './name-types.js';

/** The full name `longer` for a two-word name whose first word is a title word the full name's own title holds; else null. */
export function titledSurname(index: NameIndex, parts: readonly string[], longer: string | undefined): string | null {
  const word = parts[0]?.toLowerCase() ?? '';
  if (parts.length !== 2 || longer === undefined || !lexicons().titles.has(word)) return null;
  const title = (index.titles.get(longer)?.toLowerCase() ?? '').split(/\s+/);
  // Not a title that holds the surname too ("Dean Smith" read as a title of "John Smith" beside it).
  return title.includes(word) && !title.includes(parts[1]?.toLowerCase() ?? '') ? longer : null;
}
