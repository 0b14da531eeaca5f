// "reach out to those who might normally oppose him", "people who may have legitimate claims": a modal that describes an
// unnamed kind of person says who is meant; it leaves no claim about anyone open.
import type { CueMatch } from './cues.js';

/** Tells whether a "may/might" cue sits right after "those who" or "people who". */
export function describesKind(m: CueMatch, text: string): boolean {
  return /^(?:may|might)\b/i.test(m.match) && /(?:^|[^\p{L}])(?:those|people)\s+who\s+$/iu.test(text.slice(0, m.at));
}
