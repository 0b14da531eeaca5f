// Why: a fronted place ("At a rally in Portsmouth, N.H., on Tuesday, …") can be taken for the speaker; a state's abbreviation names no one.
import { lexicons } from '../lexicon.js';

/** The dotted two-letter states, which the abbreviation list (words like "Calif.") leaves out. */
const DOTTED_STATES = new Set(['n.h.', 'n.y.', 'n.j.', 'n.c.', 's.c.', 'n.d.', 's.d.', 'n.m.', 'r.i.', 'd.c.', 'w.va.']);

/** Whether a would-be speaker is only a US state's abbreviation ("N.H.", "Calif."), not a given name that spells one ("Del"). */
export function isStateAbbreviation(words: readonly string[]): boolean {
  if (words.length !== 1) return false;
  const lower = (words[0] ?? '').toLowerCase();
  if (DOTTED_STATES.has(lower)) return true;
  const bare = lower.replace(/\.$/, '');
  return lexicons().stateAbbreviations.has(bare) && !lexicons().givenNames.has(bare);
}
