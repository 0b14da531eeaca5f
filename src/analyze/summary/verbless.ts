// Why: a line whose only lower-case words are articles, prepositions and "and" has no verb: a list of names, a credit or a heading.

/** The small words a list, a credit or a heading keeps in lower case ("Ann Lee of Leeds and Tom Hale of York", "The Faces of the Fight"). */
const SMALL = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'or', 'nor', 'but', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'vs']);

/**
 * Whether a line in a cased script has no word in lower case past those small words ("Joe Lee (D-Ohio), Ann Berg (D-Iowa) and Tom Hale.",
 * "Contributing: Ann Lee and Tom Hale.", "The Faces of the Fight for 15 Movement."): it names or labels, and states nothing. A script
 * without capitals (Han, Arabic, Hebrew) never counts: its words are neither.
 */
export function verbless(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 3 || words.some((w) => !/^[\p{Lu}\p{Ll}]/u.test(w))) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= 3 && words.every((w) => /^\p{Lu}/u.test(w) || SMALL.has(w));
}
