// "came under criticism", "buffeted by criticism", "faced heavy criticism from reporters": criticism someone receives, with no reason
// given for it, tells of a row; it names no harm anyone fears (GUIDELINE.md: criticism counts when it points to a harm).

/** A verb of receiving right before the cue, with at most two words (an adjective, an adverb) between. */
const RECEIVED_BEFORE =
  /\b(?:c(?:ame|ome|omes|oming)\s+under|fac(?:e|es|ed|ing)|buffet(?:ed|ing)\s+by|surviv(?:e|es|ed|ing)|immune\s+from|drew|dr(?:aw|aws|awing))\s+(?:[^\s,;:.]+\s+){0,2}$/i;
/** A reason told for the criticism within eight words: "for its failure", "over the plan", "that the rallies are unsafe". */
const REASON_AFTER = /^\s*(?:[^\s,;:.]+\s+){0,8}?(?:for|over|about|that|because|as)\b/i;

/** Whether the criticism at `start`..`end` is one someone receives with no reason given. */
export function isReceivedCriticism(text: string, start: number, end: number): boolean {
  if (!/^criticisms?$/i.test(text.slice(start, end))) return false;
  return RECEIVED_BEFORE.test(text.slice(Math.max(0, start - 50), start)) && !REASON_AFTER.test(text.slice(end, end + 80));
}
