// Why: "Residents, who fear the dam will burst, met on Monday": a worry inside a relative clause set off by commas ends where
// the clause closes; the main clause's verb after that comma ("met", "wanted answers") is no part of what is feared. So does a
// worry's noun phrase ("his concerns about the call, as he deflected …"; "combined with worries over demand, sent prices lower").
import { lexicons } from '../../lexicon.js';
import type { Predicate } from './predicates.js';

/** A relative clause or an aside ("combined with …") opened after a comma, with no other comma between it and the cue. */
const OPENED = /,\s+(?:who|which|(?:combined|coupled|along|together)\s+with)\s+[^,;:()"“”]*$/i;
/** A noun of worry and its preposition right before the fear: what follows is a noun phrase, not a clause. */
const NOUN_BEFORE = /\b(?:concerns?|worries|worry|fears?|anxiet(?:y|ies))\s+(?:about|over|regarding)\s+$/i;
/** Auxiliaries and adverbs that may open the main clause's predicate after the closing comma. */
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|also|then|later|still|now|quickly|soon)$/;
/** A clause that a noun phrase never runs into: "…, as he deflected attacks", "…, while the board …". */
const CLAUSE_AFTER_NOUN = /^(?:as|while|when|whereas|before|after|because|since)$/;

/** Whether the word after a comma reads as the main clause's verb: a past form or an auxiliary ("met", "wanted", "have asked"). */
function opensPredicate(word: string): boolean {
  return AUXILIARY.test(word) || /^\p{Ll}{2,}ed$/u.test(word) || lexicons().irregularPast.has(word) || /^(said|says|told)$/.test(word);
}

/** The fear cut at the comma that closes the relative clause or the noun phrase its cue stands in, or the fear as it was. */
export function relativeFear(text: string, cue: Predicate, fear: string): string {
  const at = text.indexOf(fear);
  const noun = at > 0 && NOUN_BEFORE.test(text.slice(Math.max(0, at - 40), at));
  if (at < 0 || !(noun || OPENED.test(text.slice(0, cue.start)))) return fear;
  // Only the first comma after the cue: past "voters, especially his supporters," a participle ends the clause's own object.
  const comma = [...fear.matchAll(/,\s+(\p{Ll}*)/gu)].find((c) => at + (c.index ?? 0) >= cue.end);
  const word = comma?.[1] ?? '';
  // "the economy, as well as worries over immigration": a coordinator, not a clause.
  const clause = noun && CLAUSE_AFTER_NOUN.test(word) && !/^,\s+as\s+well\s+as\b/i.test(fear.slice(comma?.index ?? 0));
  return comma && (opensPredicate(word) || clause) ? fear.slice(0, comma.index).trimEnd() : fear;
}
