// "Perhaps we should start with …", "he probably should have waited": a hedged "should" weighs what ought to be done; it leaves no fact open.
import type { CueMatch } from './cues.js';

/** "should" or "ought to" right after the adverb, or after its subject of one or two words ("perhaps the council should"). */
const SHOULD_AFTER = /^\s*,?\s*(?:[\p{L}’'-]+\s+){0,2}?(?:should|ought\s+to)\b/iu;

/** Whether a hedging adverb qualifies a "should": advice or a judgement of what was owed, not a claim. */
export function hedgesAdvice(m: CueMatch, text: string): boolean {
  if (!/^(?:perhaps|probably|possibly|maybe)$/i.test(m.match)) return false;
  return SHOULD_AFTER.test(text.slice(m.end));
}
