// Whether a phrase is a preposition's object ("In a Twitter message posted …"), which never names the one who speaks; "after"
// and "before" also open clauses ("after investors warned of its losses"), whose subject may.
import { isVerb } from './phrases.js';
import type { Token } from './tokens.js';

const PREPOSITION = /^(in|on|at|by|to|with|from|of|for|over|about|against|into|after|before|during|under)$/i;
const CONJUNCTION_TOO = /^(after|before)$/i;
/** A finite verb that makes the words before it a clause's subject: a verb of saying or a copula ("were worried", "grew wary"). */
const FINITE = /^(is|are|was|were|grew|grow|became|become|remained|felt|feel|had|have|has)$/;

/**
 * Whether the phrase is the object of the preposition before it rather than the subject of a clause it opens; the clause's
 * subject holds only a cue inside that clause (`cueAt`, a token index), and only when its verb goes on ("the interview
 * concluded, Maher stated …" has none).
 */
export function isObjectOf(tokens: readonly Token[], phrase: readonly Token[], cueAt = -1): boolean {
  const first = phrase[0];
  const last = phrase.at(-1);
  if (!first || !last) return false;
  const word = tokens[tokens.indexOf(first) - 1]?.text ?? '';
  if (!PREPOSITION.test(word)) return false;
  const verb = tokens.indexOf(last) + 1;
  if (!CONJUNCTION_TOO.test(word) || cueAt < verb) return true;
  const next = tokens[verb];
  const goesOn = tokens[verb + 1]?.kind === 'word';
  return !((isVerb(next) || FINITE.test(next?.text ?? '')) && goesOn);
}
