// Whether a worry word at the cue is the verb whose subject holds the worry: "Security firms are warning" is one, though
// "-ing" forms are most often nouns; "added a note of caution", "for fear of" are nouns, though "caution" and "fear" are verbs too.
import type { Token } from './tokens.js';

/** The "-ing" forms of worry verbs, verbs only after a form of "be" ("are warning", "was now threatening"). */
const PROGRESSIVE = /^(warning|cautioning|threatening|criticising|criticizing|condemning|denouncing|fearing|lamenting|decrying|deploring|bemoaning)$/i;
/** Forms of "be" before a progressive; not "'s", which is as often a possessive ("Trump's warning"). */
const BE_FORM = /^(am|is|are|was|were|be|been)$/i;
/** A preposition right before a worry word makes it a noun ("a note of caution", "for fear of", "in fear", "with worry"). */
const PREPOSITION = /^(of|for|in|with|without|about|from|under)$/i;

/** Verbs of endangering in their base form, and the modals that make them a harm that may come. */
const ENDANGER = /^(threaten|endanger|jeopardi[sz]e|imperil)$/i;
const MODAL = /^(could|may|might|would|will|can)$/i;

/** "could threaten Taiwan", "may endanger lives": its subject threatens no one; whoever reports the harm holds it ("could threaten to strike" still threatens). */
export function isForeseenEndangering(tokens: readonly Token[], at: number): boolean {
  const modal = /^(also|still|even|further|eventually|seriously|\p{Ll}+ly)$/u.test(tokens[at - 1]?.text ?? '') ? at - 2 : at - 1;
  return ENDANGER.test(tokens[at]?.text ?? '') && MODAL.test(tokens[modal]?.text ?? '') && tokens[at + 1]?.text !== 'to';
}

/** For such a verb, the reporting verb that governs its clause ("Ann Lee says the storm could threaten …"), with no comma between; else -1. */
export function foreseenReporter(tokens: readonly Token[], cue: number, isReporting: (t: Token) => boolean): number {
  for (let k = cue - 1; k >= 0; k--) {
    const t = tokens[k];
    if (!t || /^[,;:]$/.test(t.text)) return -1;
    if (isReporting(t)) return k;
  }
  return -1;
}

/**
 * The verb whose subject holds the worry word at `cue` (the cue, or the "be" of its progressive, next to the subject), or -1
 * when the word is no verb; `verbForm` says whether its spelling and neighbours already read as one.
 */
export function worryVerbAt(tokens: readonly Token[], cue: number, verbForm: boolean): number {
  if (PREPOSITION.test(tokens[cue - 1]?.text ?? '')) return -1;
  if (verbForm) return cue;
  const joined = PROGRESSIVE.test(tokens[cue]?.text ?? '') ? joinedIngBefore(tokens, cue) : -1;
  if (joined > 0) return joined;
  // ", fearing that the party could lose": a participle after a comma shares the clause's subject, so it is the verb.
  if (tokens[cue - 1]?.text === ',' && PROGRESSIVE.test(tokens[cue]?.text ?? '')) return cue;
  // "are now warning", "were increasingly threatening": one adverb may stand between.
  const be = /^(now|still|also|increasingly|already|\p{Ll}+ly)$/u.test(tokens[cue - 1]?.text ?? '') ? cue - 2 : cue - 1;
  return PROGRESSIVE.test(tokens[cue]?.text ?? '') && BE_FORM.test(tokens[be]?.text ?? '') ? be : -1;
}

/** Words that open another clause, or a verb with a subject of its own, between two -ing verbs joined by "and". */
const BREAK =
  /^(that|which|who|whom|whose|when|while|because|although|though|if|after|before|since|until|where|and|but|or|is|are|was|were|has|have|had|;|:|,)$/i;

/**
 * "…, calling migrants criminals and threatening to …", "are crying foul and threatening to …": an -ing verb after "and" is
 * anchored where the -ing verb it is joined to is, a participle after a comma or the "be" of a progressive; else -1.
 */
function joinedIngBefore(tokens: readonly Token[], cue: number): number {
  const and = /^\p{Ll}+ly$/u.test(tokens[cue - 1]?.text ?? '') ? cue - 2 : cue - 1;
  if (tokens[and]?.text !== 'and') return -1;
  for (let k = and - 1; k > 0 && k >= and - 15; k--) {
    const w = tokens[k]?.text ?? '';
    if (/^\p{Ll}{2,}ing$/u.test(w)) {
      if (tokens[k - 1]?.text === ',') return k;
      const be = /^\p{Ll}+ly$/u.test(tokens[k - 1]?.text ?? '') ? k - 2 : k - 1;
      return BE_FORM.test(tokens[be]?.text ?? '') && be > 0 ? be : -1;
    }
    if (BREAK.test(w)) return -1;
  }
  return -1;
}
