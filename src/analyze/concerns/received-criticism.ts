// "came under criticism", "buffeted by criticism", "faced heavy criticism from reporters", "ignited criticism from business groups",
// "were mocked and criticized on social media": criticism someone receives or sets off, with no reason given for it, tells of a row;
// it names no harm anyone fears (GUIDELINE.md: criticism counts when it points to a harm).

/** A verb of receiving right before the cue, with at most two words (an adjective, an adverb) between. */
const RECEIVED_BEFORE =
  /\b(?:c(?:ame|ome|omes|oming)\s+under|fac(?:e|es|ed|ing)|buffet(?:ed|ing)\s+by|surviv(?:e|es|ed|ing)|immune\s+from|drew|dr(?:aw|aws|awing)|(?:ignit|spark|prompt|provok|trigger|occasion)\w*)\s+(?:[^\s,;:.]+\s+){0,2}$/i;
/** A reason told for the criticism within eight words: "for its failure", "over the plan", "that the rallies are unsafe". */
const REASON_AFTER = /^\s*(?:[^\s,;:.]+\s+){0,8}?(?:for|over|about|that|because|as)\b/i;

/** A passive of blame ("were mocked and criticized"), whose cue is its last verb. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|be)\s+(?:\w+\s+and\s+)?$/i;
/** Where the blame was voiced, by whom at most four words: "on social media", "by libertarians online". */
const VOICED_ONLINE = /^\s+(?:by\s+(?:[^\s,;:.]+\s+){1,4}?)?(?:on\s+social\s+media|online|on\s+Twitter|on\s+Facebook)\b/i;

/** Whether the criticism at `start`..`end` is one someone receives or sets off with no reason given. */
export function isReceivedCriticism(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  const after = text.slice(end, end + 80);
  if (/^critici[sz]ed$/i.test(word)) {
    const voiced = VOICED_ONLINE.exec(after)?.[0];
    return voiced !== undefined && PASSIVE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && !REASON_AFTER.test(after.slice(voiced.length));
  }
  if (!/^(?:criticisms?|complaints?|blowback|backlash)$/i.test(word)) return false;
  return RECEIVED_BEFORE.test(text.slice(Math.max(0, start - 50), start)) && !REASON_AFTER.test(after);
}
