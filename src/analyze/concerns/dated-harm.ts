// "the 1981 hostage crisis", "the 1994 genocide", "losses during 2001 and 2002": a harm a year names happened; it is history, not a worry.
import type { Predicate } from './predicates.js';

/** "the 1981 hostage crisis", "that 1991 Gulf war": a year before the harm, with at most one word between. */
const YEAR_BEFORE = /\b(?:the|this|that|those|these)\s+(?:1[89]|20)\d\d\s+(?:[\p{L}-]+\s+)?$/iu;
/** "losses during 2001 and 2002", "the crisis in 1998": a year right after the harm. */
const YEAR_AFTER = /^\s+(?:in|during|of)\s+(?:early\s+|late\s+|mid-)?(?:1[89]|20)\d\d\b/i;
/** What may still come ("another 2008 crisis", "a repeat of the 1998 floods", "could"): that is a worry of what a year once brought. */
const AHEAD = /\b(?:another|next|new|repeat|again|could|would|will|may|might|risk|fear\p{L}*|warn\p{L}*)\b/iu;

/** Whether a word of harm is named by the year it happened in. */
export function isDatedHarm(text: string, harm: Predicate): boolean {
  const dated = YEAR_BEFORE.test(text.slice(Math.max(0, harm.start - 30), harm.start)) || YEAR_AFTER.test(text.slice(harm.end));
  return dated && !AHEAD.test(text);
}
