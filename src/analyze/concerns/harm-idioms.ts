// Words of harm inside a set phrase that names no harm: "a dead heat", "dead broke", "damage control".
import type { Predicate } from './predicates.js';

/** "a dead heat", "dead broke", "dead on our feet", "a dead end": "dead" as an intensifier or a tie, not a death. */
const DEAD_IDIOM = /^dead\s+(heat|broke|even|end|last|set|wrong|certain|tired|on\s+(my|our|your|his|her|their)\s+feet)\b/i;
/** "damage control", "damage limitation": a campaign's repair work, not a harm. */
const DAMAGE_IDIOM = /^damage\s+(control|limitation)\b/i;

/** Whether a word of harm is part of a set phrase that names no harm. */
export function isHarmIdiom(text: string, p: Predicate): boolean {
  const rest = text.slice(p.start);
  return DEAD_IDIOM.test(rest) || DAMAGE_IDIOM.test(rest);
}
