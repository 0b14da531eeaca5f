// Why: "an immunologist at the University of California, San Francisco": a campus after its university's comma is part of the
// name the role ends on, and the comma had cut the title at "University of California" (name-roles.ts is at its size limit).
import type { Token } from './tokens.js';

/** The campus after the comma at `comma` when `words` end on "University of <State>" ("San Francisco", "Ann Arbor"); [] otherwise. */
export function campusAfter(tokens: readonly Token[], comma: number, words: readonly string[]): string[] {
  const of = words.lastIndexOf('of');
  if (tokens[comma]?.text !== ',' || of < 1 || words.length - of > 3 || !/^(?:University|College)$/.test(words[of - 1] ?? '')) return [];
  const campus: string[] = [];
  let j = comma + 1;
  for (let t = tokens[j]; j < comma + 4 && t?.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(t.text); t = tokens[++j]) campus.push(t.text);
  // The campus closes the apposition: a comma, a stop or the sentence's end after it.
  return campus.length > 0 && (!tokens[j] || /^[,.;:]$/.test(tokens[j]?.text ?? '')) ? campus : [];
}
