// "The New York Times reports:", "MSNBC suggested that Clinton has the following tasks ahead of her tonight:": a line that
// introduces an excerpt or a list states no claim of its own; what it reports follows it, and the line alone shows none.
import type { CueMatch } from './cues.js';

/** What announces the material after the colon rather than a claim before it. */
const ANNOUNCES = /\b(?:the following|as follows|below)\b/i;

/** A cue that qualifies the noun in its own sentence ("alleged peccadilloes:"): that noun is the claim, before the colon. */
const QUALIFIER = /^(?:alleged|suspected|purported|apparent|supposed|reputed)\b/i;

/** Whether the cue stands in a sentence that ends on a colon, with at most one word after the cue, or announces what follows. */
export function prefacesExcerpt(m: CueMatch, text: string): boolean {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(':')) return false;
  const after = trimmed.slice(m.end, -1).trim();
  return (after.split(/\s+/).filter(Boolean).length <= 1 && !QUALIFIER.test(m.match)) || ANNOUNCES.test(trimmed);
}
