// Why: "Lee's sentiments were echoed by Ann Berg" or "in response to these concerns" only makes sense after the words it points back to.

/** Passive echo ("Lee's sentiments were echoed by …"), or a main clause echoing another's words ("Keeper Tom Hale echoed Lee's view"). */
const ECHOED = /\b(?:was|were|is|are|been|being)\s+echoed\s+by\b/i;
const ECHOES_WORDS =
  /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,5}echo(?:ed|es)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}?(?:[\p{Lu}][\p{L}'’-]*['’]s?\s+)?(?:sentiments?|views?|comments?|remarks?|words|concerns?|criticism|point|message|warnings?|call|assessment|stance|position)\b/u;
/** A demonstrative pointing at words given before: "these concerns", "that alarm", "such claims". */
const POINTED =
  /\b(?:(?:these|those|such)\s+(?:sentiments|remarks|comments|concerns|criticisms|warnings|claims|accusations|allegations|fears|worries)|(?:this|that)\s+(?:sentiment|remark|comment|criticism|warning|claim|accusation|allegation|alarm|fear|worry))\b/i;

/** Whether a sentence reports an echo of, or a reply to, words the article gave before it. */
export function pointsBackToWords(text: string): boolean {
  return ECHOED.test(text) || ECHOES_WORDS.test(text) || POINTED.test(text);
}
