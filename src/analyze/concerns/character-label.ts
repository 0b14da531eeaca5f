// "Trump is a serial liar, rampant xenophobe, racist", "considers him a racist", "calling Clinton a bigot": a label pinned on a person is
// a character attack, which GUIDELINE.md's hard cases keep out of concerns; "racism in policing" or "xenophobic violence" still names a harm.
import { isCharacterCharge } from './character-charge.js';
import type { Predicate } from './predicates.js';
import { isContestCriticism } from './contest-criticism.js';

export { isContestCriticism };

/** Words that label what a person is; "racism", "bigotry" or "hatred" name a thing that can spread and stay criticism. */
const LABEL_WORD = /^(?:racists?|xenophob(?:es?|ic)|bigots?|bigoted|misogynists?|sexists?|liars?|demagogues?|fascists?)$/i;

/** Before the label, in the same clause: a copula or a verb of naming, then at most six words or commas ("is a serial liar, rampant "). */
const LABEL_FRAME =
  /(?:\b(?:is|are|was|were|be|been|being|seems?|seemed|appears?|appeared|(?:calls?|called|calling|considers?|considered|branded|brands?|labell?ed|labels?)(?:\s+[\p{L}.'’-]+){1,2}?)|['’](?:s|re)(?=\s+(?:a|an|not|nowhere|such|so)\b))\s+(?:(?:not|nowhere\s+near|hardly)\s+)?(?:[\p{L}'’"“”-]+,?\s+){0,6}?$/iu;

/** After the label, the noun phrase ends: "racist myths" or "a racist comment" describe a thing, not a person labelled. */
const PHRASE_END =
  /^(?:\s*(?:[,.;:!?"”’)\u2014\u2013]|$)|\s+(?:and|or|but|who|because|if|when|for|in|at|to|by|like|than|now)\b|\s+(?:bigots?|xenophobes?|misogynists?|racists?|liars?)\b)/i;

/** Words that open another clause or a harm between the frame and the label: the label then belongs elsewhere. */
const CLAUSE_BREAK = /\b(?:who|that|which|because|when|while|if|whose|where)\b|[;:()]/i;

/** Whether a word of criticism only labels a person ("he's a racist", "appear xenophobic"). The caller checks the sentence names no harm. */
export function isCharacterLabel(text: string, p: Predicate): boolean {
  if (!LABEL_WORD.test(p.word) || !PHRASE_END.test(text.slice(p.end))) return false;
  const before = text.slice(Math.max(0, p.start - 80), p.start);
  const frame = LABEL_FRAME.exec(before);
  return frame !== null && !CLAUSE_BREAK.test(frame[0].replace(/^\S+/, ''));
}

/** A charge about what someone is or a contest's criticism, when it is the sentence's only concern word, or a label, when the
 *  sentence names no harm or worry. */
export function isCharacterAttack(text: string, p: Predicate, lone: boolean, noHarm: boolean): boolean {
  return (lone && (isCharacterCharge(text, p) || isContestCriticism(text, p))) || (noHarm && isCharacterLabel(text, p));
}
