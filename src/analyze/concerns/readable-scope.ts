// A scope that reads as nothing on its own ("the decision", "home", "with me") gives way to the clause around the cue.
import { spacedWordCount as wordCount } from '../../word-count.js';
import { lexicons } from '../../lexicon.js';
import type { Predicate } from './predicates.js';
import { clauseAround } from './scope.js';

/**
 * A word a readable scope neither opens on ("about", "was", "and", an object pronoun: "him for …"; "as many as …" is a quantity)
 * nor ends on ("the", "that", "I"): the cut fell inside a phrase.
 */
const LOOSE_START =
  /^(?:about|with|of|for|by(?!\s+the\s+time\b)|at|on|in|from|as(?!\s+(?:many|much|few|little)\s+as\s)|and|or|but|was|is|were|are|will|would|has|have|him|them|me)\s/i;
const LOOSE_END = /\s(?:I|that|to|the|a|an|of|and|or|it|he|she|they|we|which|who)$/;

/** "this claim", "the decision", "his remarks": a determiner and a word that point back to something the scope does not say. */
function isPointer(scope: string): boolean {
  const m = /^(this|that|these|those|the|an?|his|her|its|their|our|my|your)\s+(\p{L}+)$/iu.exec(scope);
  return m !== null && (/^(this|that|these|those)$/i.test(m[1] ?? '') || lexicons().pointerNouns.has((m[2] ?? '').toLowerCase()));
}

let harmWord: RegExp | undefined;
/** A one-word scope that names a harm itself ("terrorism", "chaos") reads on its own. */
function namesHarm(scope: string): boolean {
  harmWord ??= new RegExp(`^(?:${lexicons().harmWords.source}|${lexicons().criticismWords.source})$`, 'i');
  return harmWord.test(scope);
}

/** "frustration over the past four years", "a threat over the next five years": a span of time after "over", not what is feared. */
const TIME_SPAN = /^(?:the\s+)?(?:past|last|next|coming|previous|following)\s+(?:\S+\s+)?(?:years?|months?|weeks?|days?|decades?)\b/i;

/** Whether the scope runs to a punctuation mark or the text's end. */
function endsClause(text: string, scope: string): boolean {
  const at = text.lastIndexOf(scope);
  return at >= 0 && /^\s*(?:[.,;:!?"”’)]|$)/.test(text.slice(at + scope.length));
}

/** A one-word scope ("home", "Bush"), a pointer ("the decision"), a span of time or one cut at a loose word reads as nothing: the clause around the cue does. */
export function readableScope(text: string, cue: Predicate, scope: string): string {
  if (scope === text) return scope;
  const span = TIME_SPAN.test(scope) && /^\s*over\s/i.test(text.slice(cue.end));
  // "feared moviegoers would reject it.": an object "it" that ends the sentence or clause is no cut.
  const loose = LOOSE_END.test(scope) && !(/\sit$/.test(scope) && endsClause(text, scope));
  const scrap = (wordCount(scope) <= 1 && !namesHarm(scope)) || isPointer(scope) || LOOSE_START.test(scope) || loose || span;
  return scrap ? clauseAround(text, cue) : scope;
}
