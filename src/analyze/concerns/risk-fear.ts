// Why: "sentiment that risks undermining international trade" and "she has put American lives at risk" printed the whole sentence as
// the fear: "risk" as a verb governs the "-ing" clause after it, and "put X at risk" names X as what is endangered.
import type { Predicate } from './predicates.js';
import { balanced } from './scope.js';

/** "risks undermining …", "could risk “adding …": the verb and its "-ing" clause (not "risk everything", "risking nothing"). */
const GERUND_AFTER = /^\s+["“‘]?(?!(?:no|some|any|every)thing\b)(\p{Ll}{2,}ing)\b/u;
/** "put / puts / putting / placed X at risk", X a short phrase with no clause break. */
const PUT_AT_RISK = /\b(?:put|puts|putting|place[sd]?|placing)\s+((?:(?!at\b)[^\s,;:.!?—–]+\s+){1,6}?)at\s+(?:serious\s+|great\s+|grave\s+)?risk$/iu;
/** Where the governed clause ends: a comma, colon or semicolon, a dash, the sentence's stop (not a title's: "Mr."), a closed quotation. */
const CLAUSE_END = /,["”’]?\s|[;:]|\s[—–-]{1,2}\s|(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jr|Sr|U\.S))[.!?](?:["”’]?\s|["”’]?$)|["”](?=,)/u;

/** A verb form of "risk": the noun ("the risk", "a risk") governs no "-ing" clause. */
const RISK_VERB = /^risk(?:s|ed|ing)?$/i;
const NOUN_BEFORE = /\b(?:a|an|the|this|its|his|her|their|our|my|your|no|any|some|of|high|higher|low|lower|greater|bigger|real|serious)\s+$/i;

/** For a fear left as the sentence by a cue of "risk", what the risk governs; otherwise the fear unchanged. */
export function riskFear(text: string, cue: Predicate, fear: string): string {
  if (fear !== text || !/^risk/i.test(cue.word)) return fear;
  const before = text.slice(0, cue.start);
  const put = PUT_AT_RISK.exec(`${before}${cue.word}`);
  if (put?.[1] && /^risk$/i.test(cue.word)) return `${put[1].trim()} at risk`;
  const gerund = RISK_VERB.test(cue.word) && !NOUN_BEFORE.test(before) ? GERUND_AFTER.exec(text.slice(cue.end)) : null;
  if (!gerund?.[1]) return fear;
  const rest = text.slice(cue.end).trimStart();
  const end = rest.search(CLAUSE_END);
  const clause = (end >= 0 ? rest.slice(0, end) : rest).replace(/["”’]+$/u, '').trim();
  return clause.split(/\s+/).length >= 2 ? balanced(clause) : fear;
}
