// Why: a harm named inside a reported clause ("Mr Albanese said the dangers and costs of nuclear energy outweighed the benefits",
// "Bush claimed that terrorism was still a serious threat, citing …") printed the whole sentence, attribution and all; what the
// source fears is the clause it reports.
import type { Predicate } from './predicates.js';

/** Who reports, then the verb (and "that"): a name of up to five capitalised words ("Mr Albanese"), or a short plain noun phrase
 *  ("critics", "the Indian prime minister"), after an optional "According to …," that credits it. */
const REPORT =
  /^(?:According to [^,“”"]{3,60},\s+)?(?!(?:While|Whilst|When|If|As|Although|Though|Because|But|And|So|After|Before|Since|Until|Once)\b)((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*|(?:the|a|an|some|many|other|most)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)(?:\s+(?:\p{Ll}+ly))?\s+(?:said|says|claimed|claims|argued|argues|insisted|insists|stated|states|believes|believed)(?:\s+that)?\s+(?!(?:in|on|at|to|of|for|about|by|with|from|during|after|before|and|but|or|as|when|while|if)\b)/u;
/** What only says where the claim came from: ", citing the 2004 …", ", according to a copy of the letter …". */
const SOURCE_TAIL = /,\s+(?:citing|according to)\b[^“”"]*$/;
const QUOTES = /["“”]/g;

/** The reported clause as the fear, when the fear is still the whole sentence and the cue lies in that clause; else the fear. */
export function reportedFear(text: string, cue: Predicate, fear: string): string {
  const whole = text.trim();
  if (fear.trim() !== whole) return fear;
  const report = REPORT.exec(whole);
  // A quotation or clause before the verb ("“…,” said one staffer, who said …") is no subject the pattern takes.
  if (!report || cue.start < report[0].length) return fear;
  const clause = whole
    .slice(report[0].length)
    .replace(SOURCE_TAIL, '')
    .replace(/[.!]+["”]?$/, (end) => end.replace(/[.!]+/, ''));
  return clause.split(/\s+/).length >= 4 && (clause.match(QUOTES)?.length ?? 0) % 2 === 0 ? clause.trim() : fear;
}
