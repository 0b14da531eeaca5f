// "Investigators are trying to determine whether a crime was committed": an inquiry into whether someone did wrong leaves that suspicion open; "to determine whether the procedure should be used" weighs a decision, and a test "to determine if" with no inquiry in sight looks nothing up.
import type { CueMatch } from './cues.js';

/** The whether-clause weighs a course or a future, not a deed: "whether to prosecute", "whether changes should be made", "if they're going to". */
const DECISION =
  /^\s*(?:or\s+not\s+)?(?:to\b|(?:[\p{L}’'.-]+\s+){0,6}?(?:should|shall|can|could|will|would|must|might|may|ought)\b|(?:[\p{L}’'.-]+\s+){0,6}?(?:is|are|was|were|\p{L}*['’](?:re|s))\s+going\s+to\b)/iu;

/** An inquiry named before "to determine whether": an investigation, an inquiry, a probe, a prosecutor. */
const INQUIRY = /\b(?:investigat\w*|inquir(?:y|ies)|probes?|prosecutors?|auditors?|inspectors?\s+general)\b/i;

/** Whether an inquiry cue states no suspected deed: a decision weighed, or "to determine" outside an inquiry. */
export function inquiresNoDeed(m: CueMatch, text: string): boolean {
  if (!/(?:whether|if)$/i.test(m.match) || !/^(?:investigat|looks?\b|looked|looking|probing|to determine)/i.test(m.match)) return false;
  if (DECISION.test(text.slice(m.end))) return true;
  return /^to determine/i.test(m.match) && !INQUIRY.test(text.slice(0, m.at));
}
