// "Bagong Alyansang Makabayan (…) or Bayan", "Movement for Democratic Change (MDC)": the short names an article introduces for a long one.
import { must } from '../errors.js';
import type { Sentence } from '../types.js';
import { spelledTail, spells } from './acronym.js';
import { allMatches } from '../all-matches.js';

const ALIAS = /((?:[A-Z][\p{L}'’-]+)(?:\s+(?:of|for|and|the|in|on|at|[A-Z][\p{L}'’-]+))+)\s*\(([^()]{1,60})\)(?:,?\s+or\s+(?:the\s+)?([A-Z][\p{L}-]+))?/gu;

/** Short form → the long name it stands for. */
export function findAliases(sentences: readonly Sentence[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const s of sentences)
    for (const m of allMatches(s.text, ALIAS)) {
      const short = must(m[2], 'the bracketed short form in an alias match');
      const full = spelledTail(must(m[1], 'the full name in an alias match').replace(/^The /, ''), short);
      // "Citizens for Responsibility and Ethics in Washington (CREW)": "in", "on", "at" join a name only when its initials spell the short form.
      if (/\s(?:in|on|at)\s/.test(full) && !spells(full, short)) continue;
      if (m[3]) aliases.set(m[3], full);
      if (/^[A-Z][\p{L}-]*$/u.test(short)) aliases.set(short, full);
      // "Reporters Without Borders (Reporters sans frontières, or RSF)": the short form closes the bracket after "or".
      const closing = /(?:,\s*|\s)or\s+(?:the\s+)?([A-Z][\p{L}-]+)$/u.exec(short)?.[1];
      if (closing && !aliases.has(closing)) aliases.set(closing, full);
    }
  return aliases;
}
