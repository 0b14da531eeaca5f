// "here she was scared", "he was acting nervous", "Peacock became nervous": a mood told of the past with nothing feared after it
// describes how someone was; it voices no worry about a harm to come (GUIDELINE.md: neutral facts about a past harm are not concerns).
import type { Predicate } from './predicates.js';

/** Adjectives of a passing mood that name nothing feared by themselves. */
const MOOD = /^(?:scared|nervous|anxious|frightened|afraid|terrified)$/i;
/** A past copula or a verb of seeming, and at most a degree word, before the mood: "was very scared", "became nervous", "was acting nervous". */
const PAST_BEFORE =
  /\b(?:was|were|became|got|felt|seemed|looked|(?:was|were)\s+(?:acting|looking|feeling))\s+(?:(?:so|very|really|too|quite|clearly|visibly|extremely|sure|pretty|a\s+(?:bit|little))\s+)?$/i;
/** Nothing feared after it: the clause ends, or runs on with "and", or the mood is about everything at once. */
const NOTHING_AFTER = /^(?:\s*(?:[,.;:!?"”)—–-]|$)|\s+and\b|\s+about\s+everything\b)/;

/** Whether a stance word tells a mood someone was in, with no object of fear. */
export function isPastMood(text: string, p: Predicate): boolean {
  return MOOD.test(p.word) && PAST_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)) && NOTHING_AFTER.test(text.slice(p.end));
}
