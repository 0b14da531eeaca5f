// An interviewer's lead-in to a question ("As you campaign around your riding, it's likely that … What would you say …?") is part of the question, which makes no claim.
import type { Sentence } from '../../types.js';
import { isQuestion } from '../phrase-words.js';
import type { CueMatch } from './cues.js';

/** A clause that frames the interviewee's own doings, then the hedge: "As you campaign around your riding, it's likely …". */
const ADDRESS = /\b(?:As|When|Since|While|Now that) you\s[^,.;:?!]{1,80},\s*(?:it(?:['’]s|\s+is)\s+)?$/i;

/** Whether a cue stands in a lead-in addressed to "you" that the next sentence of the same paragraph turns into a question. */
export function prefacesQuestion(m: CueMatch, text: string, sentence: Sentence, next: Sentence | undefined): boolean {
  return next !== undefined && next.paragraph === sentence.paragraph && isQuestion(next.text) && ADDRESS.test(text.slice(0, m.at));
}
