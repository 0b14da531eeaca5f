// "Trump's weakness with women", "Trump was vulnerable on the quotes", "By late summer, she looked increasingly vulnerable": a
// candidate's weak spot with voters or on an issue is the horse race, not a harm (GUIDELINE.md, hard cases).
import type { Predicate } from './predicates.js';

/** "weakness with women", "weaknesses among independents": a weak spot with a group of voters. */
const WITH_VOTERS = /^\s+(?:with|among)\b/i;
/** "vulnerable on the quotes", "vulnerability on trade": weak on an issue, not open to a harm ("vulnerable to hackers"). */
const ON_ISSUE = /^\s+on\b/i;
/** "she looked increasingly vulnerable.": someone who looks or seems weak, with nothing named that could hurt them. */
const LOOKED = /\b(?:looks?|looked|seems?|seemed|appears?|appeared)\s+(?:(?:increasingly|more|very|especially|suddenly|politically)\s+)?$/i;

/** Whether a word of weakness names a weak spot in a contest rather than exposure to a harm. */
export function isRaceWeakness(text: string, p: Predicate): boolean {
  const after = text.slice(p.end, p.end + 20);
  if (/^weakness(?:es)?$/i.test(p.word)) return WITH_VOTERS.test(after);
  if (!/^vulnerab(?:le|ility)$/i.test(p.word)) return false;
  if (ON_ISSUE.test(after)) return true;
  return LOOKED.test(text.slice(Math.max(0, p.start - 40), p.start)) && /^\s*(?:[.,;!?]|$)/.test(after);
}
