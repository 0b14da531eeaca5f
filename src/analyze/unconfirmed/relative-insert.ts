// Why: "What is unclear is whether Sanders, who enjoys higher favorable numbers …, will ever tell those voters …" printed its
// claim as "whether Sanders": the claim was cut at a relative clause set off by commas inside it, before its own verb.
import { allMatches } from '../../all-matches.js';

/** A relative clause set off by commas right after the claim: ", who enjoys …, " / ", which is funded by …, ". */
const INSERT = /^[”"’]?,\s+(?:who|which|whom|whose)\b/i;

/** The claim goes on after the insert: an auxiliary or modal, an adverb, a verb in -ed, -es or -s, or "of" ("accused X, who …, of …"). */
const GOES_ON =
  /^(?:(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did|do|doesn['’]t|didn['’]t|won['’]t|isn['’]t|wasn['’]t|now|also|still|then|later|never|ever|already|of)\b|(?!(?:his|this|its|thus|plus|unless|perhaps|across|always|whereas|various|previous|famous|serious|ties|times|series)\b)\p{Ll}{2,}s\b|\p{Ll}{2,}ed\b)/u;

/** Where a clause ends: a comma, semicolon, colon, spaced dash or the sentence's end. */
const CLAUSE_END = /[,;:]\s|\s[—–-]\s|[.!?]["”’]?\s*$/;

/**
 * A claim that stops before ", who/which …," whose sentence goes on with the claim's own verb after the second comma gets that
 * verb's clause ("whether Sanders will ever tell those voters …"); the relative clause itself is left out as an aside.
 */
export function acrossInsert(claim: string, text: string): string {
  const at = text.lastIndexOf(claim);
  if (!claim || at < 0 || text.indexOf(claim) !== at) return claim;
  const after = text.slice(at + claim.length);
  if (!INSERT.test(after)) return claim;
  // The insert ends at its first comma (not inside brackets or a quotation); what follows must go on with a verb.
  const close = allMatches(after.slice(1), /,\s+/g)[0];
  if (!close) return claim;
  const inside = after.slice(1, 1 + close.index);
  if (/[“"(;:—–]/.test(inside)) return claim;
  const rest = after.slice(1 + close.index + close[0].length);
  if (!GOES_ON.test(rest)) return claim;
  const end = CLAUSE_END.exec(rest);
  const cut = (end ? rest.slice(0, end.index) : rest).replace(/[\s.!?”"’]+$/, '');
  // "(… of being a propaganda service.)": a bracket the claim never opened is not its own.
  const tail = cut.includes('(') ? cut : cut.replace(/[\s.!?”"’)]+$/, '');
  return tail.split(/\s+/).length >= 2 ? `${claim} ${tail}` : claim;
}
