// An acronym's expansion in "… Consumer Financial Protection Bureau (CFPB)": the words that spell it, not the run before them;
// and the long form of an acronym the article spells out elsewhere.
import type { NameIndex } from './name-types.js';

const CONNECTOR = /^(of|for|and|the|on|in|de|du|des|la|le)$/i;

/**
 * The shortest tail of `full` whose capitalised words' initials spell `acronym` ("by Wikinews of US Consumer Financial
 * Protection Bureau" + "CFPB" → "Consumer Financial Protection Bureau"); `full` itself when no tail spells it, or when the
 * short form is no acronym of capitals.
 */
export function spelledTail(full: string, acronym: string): string {
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) return full;
  const words = full.split(/\s+/);
  let initials = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    if (CONNECTOR.test(word)) continue;
    initials = (word[0] ?? '').toUpperCase() + initials;
    if (initials === acronym) return i > 0 ? words.slice(i).join(' ') : full;
    if (!acronym.endsWith(initials)) return full;
  }
  return full;
}

const SMALL_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'de']);

/** Whether the capitalised words of `full` spell `acronym` by their initials: "Citizens for Responsibility and Ethics in Washington" → "CREW". */
export const spells = (full: string, acronym: string): boolean =>
  full
    .split(/\s+/)
    .filter((w) => !SMALL_WORDS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('') === acronym;

/** The long form of an acronym the article spells out: "ACF" → "Australian Conservation Foundation". */
export function expandAcronym(index: NameIndex, acronym: string): string | null {
  if (!/^[A-Z]{2,7}$/.test(acronym)) return null;
  for (const m of index.mentions) {
    const words = m.run.split(/\s+/).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
    if (words.length >= 2 && words.map((w) => w[0]).join('') === acronym) return m.run;
  }
  return null;
}
