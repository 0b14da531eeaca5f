// The place dateline that opens a news story ("WASHINGTON (AP) — ", "TRENTON, N.J. — ", "TOKYO, July 17 (Reuters) - ").

/** A place in capitals, an optional state and day after commas, an optional agency in brackets, then a dash. */
const DATELINE = /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*){0,3}(?:,\s*[A-Z][A-Za-z.]*(?:\s+\d{1,2})?){0,2}\s*(?:\(([A-Z][A-Za-z]{1,15})\))?\s*(?:[–—]|--?)\s*/;
/**
 * "New York (AFP) – ", "Dec 29 (Reuters) - ", "(Reuters) — ": a place in mixed case, a day alone, or nothing (a page that dropped
 * the place) is a dateline only with the agency in brackets after it.
 */
const AGENCY_DATELINE =
  /^(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:\.?\s+\d{1,2})?(?:,\s*[A-Z][A-Za-z.]*(?:\s+\d{1,2})?){0,2}\s*)?\((AFP|AP|UPI|Reuters|dpa|Xinhua|Kyodo|Yonhap|Bloomberg)\)\s*(?:[–—]|--?)\s*/;

/** The dateline a paragraph opens on, with the agency it credits (null for a place alone); null when it opens on none. */
export function storyDateline(paragraph: string): { text: string; agency: string | null } | null {
  const m = DATELINE.exec(paragraph) ?? AGENCY_DATELINE.exec(paragraph);
  // A dateline is followed by the story's first words (the pattern's two capitals already rule out "I — ").
  if (!m || !/^["“‘]?[\p{Lu}\d]/u.test(paragraph.slice(m[0].length))) return null;
  return { text: m[0], agency: m[1] ?? null };
}
