// The place dateline that opens a news story ("WASHINGTON (AP) — ", "TRENTON, N.J. — ", "TOKYO, July 17 (Reuters) - ").

/** A place in capitals, an optional state or day after a comma, an optional agency in brackets, then a dash. */
const DATELINE = /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*){0,3}(?:,\s*[A-Z][A-Za-z.]*(?:\s+\d{1,2})?)?\s*(?:\(([A-Z][A-Za-z]{1,15})\))?\s*(?:[–—]|--?)\s*/;

/** The dateline a paragraph opens on, with the agency it credits (null for a place alone); null when it opens on none. */
export function storyDateline(paragraph: string): { text: string; agency: string | null } | null {
  const m = DATELINE.exec(paragraph);
  // A dateline is followed by the story's first words (the pattern's two capitals already rule out "I — ").
  if (!m || !/^["“‘]?[\p{Lu}\d]/u.test(paragraph.slice(m[0].length))) return null;
  return { text: m[0], agency: m[1] ?? null };
}
