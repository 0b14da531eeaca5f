// "Her workforce was tilting toward suspicion", "viewed with suspicion", "anger and suspicion": a suspicion with no content is a mood; "suspicion that …", "under suspicion of …", "suspicions persist that …" name what is suspected.
import type { CueMatch } from './cues.js';

/** What is suspected follows: "that", "of", "about", "over" (up to two words on, "suspicions persist that"), or a clause with "that" left out ("suspicion the public's access …"). */
const CONTENT_AFTER =
  /^[”"’']?\s+(?:(?:[\p{L}’'-]+\s+){0,2}?(?:that|of|about|over|surrounding|regarding|whether|as\s+to)\b|(?:the|his|her|their|its|he|she|they|it)\s)/iu;

/** Whether a bare "suspicion(s)" names nothing suspected. */
export function suspicionWithoutContent(m: CueMatch, text: string): boolean {
  return /^suspicions?$/i.test(m.match) && !CONTENT_AFTER.test(text.slice(m.end));
}
