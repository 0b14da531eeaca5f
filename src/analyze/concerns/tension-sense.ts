// "There is a fundamental tension between distribution and integrity", "I think it's a healthy tension": one tension between two aims
// or bodies, or one called good, is a trade-off named, not a harm feared ("rising tensions between the two countries" still is one).

/** A word that calls the tension good or inborn: "a healthy tension", "a natural tension". */
const GOOD_BEFORE = /\b(?:healthy|natural|creative|constructive|productive|useful|inherent|fundamental|built-in)\s+$/i;
/** An article before a singular tension that a pair then follows: "a tension between", "a tension with". */
const PAIR = /^\s+(?:between|with)\b/i;

/** Whether "tension" names a trade-off between two aims or bodies, or a tension called good. */
export function isTradeOffTension(text: string, start: number, word: string): boolean {
  if (!/^tension$/i.test(word)) return false;
  const before = text.slice(Math.max(0, start - 20), start);
  return GOOD_BEFORE.test(before) || (/\ban?\s+$/i.test(before) && PAIR.test(text.slice(start + word.length, start + word.length + 12)));
}
