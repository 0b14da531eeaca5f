// "In response to criticism of these statements, Bolton replied …": the sentence tells of someone answering a worry or a charge, which it does not voice.

/** A verb or phrase of answering right before the cue, with at most three words (a determiner, an owner, an adjective) between. */
const ANSWER_BEFORE =
  /\b(?:in\s+(?:response|reply|answer)\s+to|respond(?:s|ed|ing)?\s+to|repl(?:y|ies|ied|ying)\s+to|answer(?:s|ed|ing)?|rebut(?:s|ted|ting)?|deflect(?:s|ed|ing)?|parr(?:y|ies|ied|ying)|fend(?:s|ed|ing)?\s+off|shrug(?:s|ged|ging)?\s+off|brush(?:es|ed|ing)?\s+(?:off|aside))\s+(?:[^\s,;:.]+\s+){0,3}$/i;
/** The words of worry or charge that can be answered. */
const ANSWERABLE = /^(?:criticisms?|critiques?|critics|attacks?|concerns?|fears|worries|accusations?|complaints?|charges)$/i;
/** "respond to concerns over crime", "in response to concerns voiced by doctors": the worry itself is told, with what it is about or who holds it ("by asserting" is the answer). */
const TOLD_AFTER = /^\s+(?:over|about|that|voiced|raised|expressed|from|by(?!\s+\p{L}+ing\b))\b/iu;

/** Whether the cue at `start`..`end` is a worry or a charge that the sentence's subject answers, not one it voices. */
export function isAnsweredCue(text: string, start: number, end: number): boolean {
  return ANSWERABLE.test(text.slice(start, end)) && ANSWER_BEFORE.test(text.slice(Math.max(0, start - 80), start)) && !TOLD_AFTER.test(text.slice(end));
}
