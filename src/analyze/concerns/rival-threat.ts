// "rivals see him as a threat", "viewed Sanders as a genuine threat": a person seen as a threat, with no one or nothing threatened,
// is a rival in a race (a horse-race judgment), not a harm voiced; "a threat to Londoners' safety" still names its victim.
import type { Predicate } from './predicates.js';

/** A verb of regard, then a person (a pronoun or a name), then "as a …" right before the word. */
const REGARD_BEFORE =
  /\b(?:see|sees|saw|seen|seeing|view|views|viewed|viewing|treat|treats|treated|treating|regard|regards|regarded|regarding)\s+(?:him|her|them|(?:(?:Mr|Mrs|Ms|Sen|Gov)\.\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+as\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** What follows a threat that names what it threatens: "to", "of", "for", "against". */
const VICTIM_AFTER = /^\s+(?:to|of|for|against)\b/i;

/** Whether a "threat" word calls a person a rival ("see him as a real threat") and names nothing threatened. */
export function isRivalThreat(text: string, p: Predicate): boolean {
  if (!/^threats?$/i.test(p.word)) return false;
  return REGARD_BEFORE.test(text.slice(Math.max(0, p.start - 80), p.start)) && !VICTIM_AFTER.test(text.slice(p.end));
}
