// "Manufacturing is a top concern for our electorate", "should be of paramount concern": a concern ranked first among issues is a
// priority, not a worry; with no harm in the sentence it voices none.
import type { Predicate } from './predicates.js';

/** Adjectives that rank an issue first: "top", "primary", "paramount", "overriding", "foremost", "utmost" (with "most" or "their"). */
const RANK_BEFORE = /\b(?:top|primary|paramount|overriding|foremost|utmost)\s+$/i;

/** Whether "concern" is ranked as a priority ("their top concerns"). The caller checks the sentence holds no other concern word. */
export function isPriorityConcern(text: string, p: Predicate): boolean {
  return /^concerns?$/i.test(p.word) && RANK_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start));
}
