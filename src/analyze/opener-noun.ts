// Why: "In TV interviews and tweets, Trump has argued …": a reporting word inside an opening phrase is a noun, not the verb whose subject voices the sentence.
import type { Token } from './tokens.js';

/** Prepositions that open a sentence with a phrase the first comma closes ("In …,", "Despite …,", "Like …,"). */
const OPENING = /^(in|on|at|after|during|with|from|through|over|since|before|amid|despite|among|like|unlike)$/i;
/** Words before a reporting word that make it a noun or a modifier: a determiner, possessive, preposition, "and", an adverb or a participle. */
const NOUN_LEAD = /^(the|a|an|his|her|their|its|our|my|your|this|these|those|and|or|of|over|about|with|for|from|\p{Ll}+ly|\p{Ll}+ing|\p{L}+['’]s?)$/u;

/** Whether the reporting word at k is a noun inside the sentence's opening prepositional phrase ("Despite the announced expansion, …"). */
export function isOpenerNoun(tokens: readonly Token[], k: number): boolean {
  const comma = tokens.findIndex((t) => t.text === ',');
  return OPENING.test(tokens[0]?.text ?? '') && comma > k && NOUN_LEAD.test(tokens[k - 1]?.text ?? '');
}
