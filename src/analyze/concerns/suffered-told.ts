// "a stroke he suffered on January 4", "the area suffered damages", "Clinton suffered from character negatives": "suffered" tells what happened, not a worry.
import type { Predicate } from './predicates.js';

/** What may still come or must be done ("could suffer again", "fear that", "warned"); "may" in lower case only ("in May" is a month). */
const AHEAD =
  /\b(?:[Cc]ould|[Ww]ould|[Ww]ill|may|[Mm]ight|[Mm]ust|[Ss]hould|[Hh]a(?:ve|s)\s+to|[Nn]eed\s+to|[Gg]oing\s+to|[Aa]gain|[Tt]hreat\p{L}*|[Rr]isk\p{L}*|[Ff]ear\p{L}*|[Ww]arn\p{L}*)\b/u;

/** Whether the harm word is a plain past "suffered" in a sentence that looks nowhere ahead. */
export function isSufferingTold(text: string, harm: Predicate): boolean {
  return /^suffered$/i.test(harm.word) && !AHEAD.test(text);
}
