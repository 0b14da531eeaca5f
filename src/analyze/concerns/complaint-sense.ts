// "investigating one of the complaints", "reviewed Exxon's complaints", "take any complaint seriously": a complaint filed and handled
// by a body is a case on its desk; the sentence tells what is done with it and voices no criticism of a harm.
import type { Predicate } from './predicates.js';

/** A verb of handling a few words before: "investigating", "is examining one", "had carefully reviewed", "mocked the". */
const HANDLED_BEFORE = /\b(?:investigat|examin|review|receiv|handl|process|mock)\p{L}*\s+(?:[^\s,;.]+\s+){0,3}$/iu;
/** "take any complaint seriously", "takes complaints very seriously". */
const TAKEN_SERIOUSLY = /^\s+(?:\p{L}+\s+){0,2}seriously\b/iu;

/** Whether the word is a complaint that someone handles rather than one voiced. */
export function isComplaintHandled(text: string, p: Predicate): boolean {
  if (!/^complaints?$/i.test(p.word)) return false;
  return HANDLED_BEFORE.test(text.slice(Math.max(0, p.start - 60), p.start)) || TAKEN_SERIOUSLY.test(text.slice(p.end, p.end + 30));
}
