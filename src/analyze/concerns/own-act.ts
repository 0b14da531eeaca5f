// Why: "The Israeli military said they attacked Hezbollah outposts": a source telling of what it did itself reports an act, it
// voices no worry about it (another's act told, "said Israel attacked civilians", still may accuse).
import type { Predicate } from './predicates.js';

/** A reporting verb, then "they", "it" or "we" (the source itself) and the act in the past, right before the harm word. */
const OWN_ACT_BEFORE =
  /\b(?:said|says|announced|confirmed|stated|added|reported)\s+(?:that\s+)?(?:they|it|we)\s+(?:had\s+|have\s+|has\s+)?(?:also\s+|successfully\s+)?$/i;

/** Whether the harm word is a past act that its own source tells of (only past forms harm-words.txt holds: "bombed" and "struck" are none). */
export function isOwnAct(text: string, harm: Predicate): boolean {
  return /^(?:attacked|killed|destroyed)$/i.test(harm.word) && OWN_ACT_BEFORE.test(text.slice(0, harm.start));
}
