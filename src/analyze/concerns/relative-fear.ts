// Why: "Residents, who fear the dam will burst, met on Monday": a worry inside a relative clause set off by commas ends where
// the clause closes; the main clause's verb after that comma ("met", "wanted answers") is no part of what is feared.
import { lexicons } from '../../lexicon.js';
import type { Predicate } from './predicates.js';

/** A relative clause opened after a comma, with no other comma between it and the cue. */
const OPENED = /,\s+(?:who|which)\s+[^,;:()"“”]*$/i;
/** Auxiliaries and adverbs that may open the main clause's predicate after the closing comma. */
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|also|then|later|still|now|quickly|soon)$/;

/** Whether the word after a comma reads as the main clause's verb: a past form or an auxiliary ("met", "wanted", "have asked"). */
function opensPredicate(word: string): boolean {
  return AUXILIARY.test(word) || /^\p{Ll}{2,}ed$/u.test(word) || lexicons().irregularPast.has(word) || /^(said|says|told|met)$/.test(word);
}

/** The fear cut at the comma that closes the relative clause its cue stands in, or the fear as it was. */
export function relativeFear(text: string, cue: Predicate, fear: string): string {
  if (!OPENED.test(text.slice(0, cue.start))) return fear;
  const at = text.indexOf(fear);
  if (at < 0) return fear;
  // Only the first comma after the cue: past "voters, especially his supporters," a participle ends the clause's own object.
  const comma = [...fear.matchAll(/,\s+(\p{Ll}*)/gu)].find((c) => at + (c.index ?? 0) >= cue.end);
  return comma && opensPredicate(comma[1] ?? '') ? fear.slice(0, comma.index).trimEnd() : fear;
}
