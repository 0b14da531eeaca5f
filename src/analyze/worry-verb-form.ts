// Whether a worry word at the cue is the verb whose subject holds the worry: "Security firms are warning" is one, though
// "-ing" forms are most often nouns; "added a note of caution", "for fear of" are nouns, though "caution" and "fear" are verbs too.
import type { Token } from './tokens.js';

/** The "-ing" forms of worry verbs, verbs only after a form of "be" ("are warning", "was now threatening"). */
const PROGRESSIVE = /^(warning|cautioning|threatening|criticising|criticizing|condemning|denouncing|fearing|lamenting|decrying|deploring|bemoaning)$/i;
/** Forms of "be" before a progressive; not "'s", which is as often a possessive ("Trump's warning"). */
const BE_FORM = /^(am|is|are|was|were|be|been)$/i;
/** A preposition right before a worry word makes it a noun ("a note of caution", "for fear of", "in fear", "with worry"). */
const PREPOSITION = /^(of|for|in|with|without|about|from|under)$/i;

/**
 * The verb whose subject holds the worry word at `cue` (the cue, or the "be" of its progressive, next to the subject), or -1
 * when the word is no verb; `verbForm` says whether its spelling and neighbours already read as one.
 */
export function worryVerbAt(tokens: readonly Token[], cue: number, verbForm: boolean): number {
  if (PREPOSITION.test(tokens[cue - 1]?.text ?? '')) return -1;
  if (verbForm) return cue;
  // ", fearing that the party could lose": a participle after a comma shares the clause's subject, so it is the verb.
  if (tokens[cue - 1]?.text === ',' && PROGRESSIVE.test(tokens[cue]?.text ?? '')) return cue;
  // "are now warning", "were increasingly threatening": one adverb may stand between.
  const be = /^(now|still|also|increasingly|already|\p{Ll}+ly)$/u.test(tokens[cue - 1]?.text ?? '') ? cue - 2 : cue - 1;
  return PROGRESSIVE.test(tokens[cue]?.text ?? '') && BE_FORM.test(tokens[be]?.text ?? '') ? be : -1;
}
