// "could have" that tells of what did not happen — a chance missed, a fate escaped — rather than hedging a past fact.
import type { CueMatch } from './cues.js';

/** "I could have answered better", "we could have scored five": a speaker knows what they did; the modal weighs another course. */
const FIRST_PERSON = /\b(?:i|we)\s+(?:[\p{L}’'-]+\s+)?$/iu;
/** "No one could have predicted …", "nobody could have imagined": what was not foreseen, not a fact in doubt. */
const NOBODY = /\b(?:no\s+one|nobody|none\s+of\s+us)\s+$/i;
/** "It could have been worse", "what could have been": the outcome that was spared or lost. */
const SPARED = /^could\s+have\s+been\s+(?:(?:much|far|a\s+lot|even|so\s+much)\s+)?(?:worse|better)\b/i;
/** "could have saved but didn't": the clause itself says it did not happen. */
const DID_NOT = /^could\s+have\s+[^.;:]{0,60}?\b(?:but|yet)\s+(?:did\s+not|didn['’]t|chose\s+not|never)\b/i;

/** "could not have been more delighted", "couldn't have been happier": an emphatic idiom that states the feeling outright. */
const EMPHATIC = /^could(?:\s+not|n['’]t)\s+have\s+been\s+(?:any\s+)?(?:more|less|happier|prouder|clearer|better|worse)\b/i;

/** Whether a "could have" cue tells of what did not happen. */
export function isCounterfactual(m: CueMatch, text: string): boolean {
  const rest = text.slice(m.at);
  if (EMPHATIC.test(rest)) return true;
  if (!/^could\s+have\b/i.test(rest)) return false;
  const before = text.slice(0, m.at);
  if (/\bwhat\s+$/i.test(before) && /^could\s+have\s+been\s*(?:[.,;:!?"”]|$)/i.test(rest)) return true;
  return FIRST_PERSON.test(before) || NOBODY.test(before) || SPARED.test(rest) || DID_NOT.test(rest);
}
