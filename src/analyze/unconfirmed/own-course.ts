// Why: "I questioned whether I should come", "they question whether to stay": a doubt about one's own course weighs a choice; it leaves no claim open.
import type { CueMatch } from './cues.js';

/** After "whether": "to" and a verb, or "I/we" and "should/ought to" — the speaker's own choice. */
const OWN_CHOICE = /^\s+(?:to\s+\p{Ll}|(?:I|we)\s+(?:should|ought\s+to|shall)\b)/u;

/** Whether a "question(ed) whether" cue weighs the questioner's own course rather than doubting a claim. */
export function weighsOwnCourse(m: CueMatch, text: string): boolean {
  if (m.cue.kind !== 'disputed' || !/^question\w*\s+whether$/i.test(m.match)) return false;
  return OWN_CHOICE.test(text.slice(m.end));
}
