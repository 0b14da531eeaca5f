// Worries put to someone rather than voiced: asked about ("When asked if he was scared, he said …"), or set as a condition on
// a generic "you" ("If you're afraid of wolves, don't go into the woods": advice, nobody's worry).
import type { Predicate } from './predicates.js';

/** "asked if he was", "wondered whether": the stance word inside a reported question. */
const ASKED = /\b(asked|wondered)\s+(\p{L}+\s+)?(if|whether)\b[^,.;:]*$/iu;
/** "if you're", "if you are", "if one feels", "if you really fear": a condition on the reader or listener, right before the stance word. */
const IF_YOU =
  /\bif\s+(?:you|one)(?:['’]re|\s+(?:are|is|were|feel|feels|get|gets|grow|become))?\s+(?:(?:at\s+all|really|very|so|that|too|still|ever|particularly|especially|overly)\s+)?$/i;

/** Whether the stance or criticism word `p` is asked about or put to a generic "you", not voiced. */
export function isPutNotVoiced(text: string, p: Predicate): boolean {
  return ASKED.test(text.slice(0, p.start)) || IF_YOU.test(text.slice(Math.max(0, p.start - 40), p.start));
}
