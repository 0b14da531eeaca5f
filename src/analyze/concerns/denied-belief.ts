// "I don't think it posed a security problem", "I don't believe it would be a problem for Labour": a harm or worry
// named only to say one does not believe it is there is a reassurance, not a concern (GUIDELINE.md: negated worry).
import type { Predicate } from './predicates.js';

/** The verb of belief and what it opens, with a saying inside it: "think that", "believe one can say that". */
const BELIEF = String.raw`(?:think|believe)\s+(?:that\s+)?(?:(?:one|you|we|anyone)\s+(?:can|could)\s+(?:say|argue|claim)\s+(?:that\s+)?)?`;
const BELIEF_VERB = new RegExp(BELIEF, 'i');
/** A negated verb of belief ("don't think one can say that"), its clause's subject, a copula, "has" or "posed", then up to eight words to the cue. */
const DENIED_BELIEF = new RegExp(
  String.raw`(?:\bnot|n['\u2019]t)\s+(?:really\s+)?${BELIEF}(?:[^\s,;:.]+\s+){0,3}?(?:(?:is|are|was|were|be|pose[sd]?|have|has)\s+|\S+['\u2019]s\s+)(?:[^\s,;:.()"\u201C\u201D\u2014\u2013]+\s+){0,8}$`,
  'i',
);
/** A word that opens a new clause or a question in the tail: the cue sits in another claim ("what a threat is", "that … is a risk"). */
const NEW_CLAUSE = /\b(that|which|who|what|whether|if|because|but|when|while)\b/i;

export function isBeliefDenied(text: string, cue: Predicate): boolean {
  const before = text.slice(Math.max(0, cue.start - 100), cue.start);
  const m = DENIED_BELIEF.exec(before);
  if (!m) return false;
  // "I don't think one can say that conditions have worsened": the saying is part of the denied belief, not a new clause.
  const verb = BELIEF_VERB.exec(m[0]);
  return verb !== null && !NEW_CLAUSE.test(m[0].slice(verb.index + verb[0].length));
}
