// Why: "might" after a determiner is the noun ("The economic might of Asia"), but "That might be difficult" and "He said this might
// ruffle some feathers" had lost their hedge that way: a demonstrative alone as the subject, with a verb after "might", is the modal.
import type { CueMatch } from './cues.js';

/** "That might be difficult", "said this might ruffle": "this" or "that" opens a clause and a lower-case word other than "of",
 *  "and", "or" or a finite verb follows "might". */
const DEMONSTRATIVE_SUBJECT =
  /(?:^|[,;:"\u201c]\s*|\b(?:and|but|so|said|says|think|thinks|thought|believes?|warned|added)\s+)(?:this|that)\s+might\s+(?!of\b|and\b|or\b|is\b|was\b|has\b)\p{Ll}/iu;

/** "The economic might of Asia", "Their full military might abroad": the noun (after a determiner or a word of power), not the modal. */
export function isMightNoun(m: CueMatch, text: string, determined: boolean): boolean {
  const before = text.slice(0, m.at);
  return (
    (determined && !DEMONSTRATIVE_SUBJECT.test(`${before}${text.slice(m.at)}`)) ||
    (/^might of\b/i.test(m.match) && !/^\s+course\b/i.test(text.slice(m.end))) ||
    /\b(?:military|economic|naval|industrial|financial|nuclear|sheer)\s+$/i.test(before)
  );
}
