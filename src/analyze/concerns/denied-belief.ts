// "I don't think it posed a security problem", "I don't believe it would be a problem for Labour": a harm or worry
// named only to say one does not believe it is there is a reassurance, not a concern (GUIDELINE.md: negated worry).
import type { Predicate } from './predicates.js';

/** A negated verb of belief ("don't think one can say that"), its clause's subject, a copula, "has" or "posed", then up to eight words to the cue. */
const DENIED_BELIEF =
  /(?:\bnot|n['’]t)\s+(?:really\s+)?(?:think|believe)\s+(?:that\s+)?(?:(?:one|you|we|anyone)\s+(?:can|could)\s+(?:say|argue|claim)\s+(?:that\s+)?)?(?:[^\s,;:.]+\s+){0,3}?(?:(?:is|are|was|were|be|pose[sd]?|have|has)\s+|\S+['’]s\s+)(?:[^\s,;:.()"“”—–]+\s+){0,8}$/i;
/** A word that opens a new clause or a question in the tail: the cue sits in another claim ("what a threat is", "that … is a risk"). */
const NEW_CLAUSE = /\b(that|which|who|what|whether|if|because|but|when|while)\b/i;

export function isBeliefDenied(text: string, cue: Predicate): boolean {
  const before = text.slice(Math.max(0, cue.start - 100), cue.start);
  const m = DENIED_BELIEF.exec(before);
  if (!m) return false;
  // "I don't think one can say that conditions have worsened": the saying is part of the denied belief, not a new clause.
  const verb = /(?:think|believe)\s+(?:that\s+)?(?:(?:one|you|we|anyone)\s+(?:can|could)\s+(?:say|argue|claim)\s+(?:that\s+)?)?/i.exec(m[0]);
  return verb !== null && !NEW_CLAUSE.test(m[0].slice(verb.index + verb[0].length));
}
