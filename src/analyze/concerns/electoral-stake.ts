// A risk or threat to a candidate's chances told in the writer's own analysis ("risks an exodus of delegates", "a political
// bind for the front-runner") is the horse race, not a concern: only a source's warning makes one (GUIDELINE.md, hard cases).

/** A risk, a threat or jeopardy; "dangerous" and a threat made to someone ("threatening the chairwoman") may be of violence. */
const RISK_WORD = /^(risk|jeopard|threats?$)/i;
const THREATENS_TO = /^\s+(?:also\s+|\p{L}+ly\s+)?to\b/u;
/** What a race can cost: votes, voters, delegates, a seat, the nomination, a primary, the candidate's standing. */
export const STAKE =
  /\b(political(ly)?|votes?|voters|supporters|primary|primaries|nomination|nominee|delegates?|(?<!arms\s)race|seats?|re-?election|candidacy|front-?runner|polls?|ballot|election|electorate|caucus(es)?)\b/i;

/** What else a writer's risk can cost a candidate: the campaign itself ("the Rubio campaign risks …"), peaking too early. */
const RACE_STAKE = /\b(campaigns?|peak(?:s|ed|ing)?)\b/i;

/** The cue's own phrase: the word before it and what follows up to the end of its clause. */
function phraseOf(text: string, start: number, end: number): string {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
  const after = text.slice(end, end + 90).split(/[,;:.!?"“”—–(]/)[0] ?? '';
  return `${before} ${after}`;
}

/** Whether a word of risk names only an electoral stake in its own phrase ("risks angering voters", "a political risk"). */
export function isElectoralRisk(text: string, word: string, start: number, end: number): boolean {
  const risk = RISK_WORD.test(word) || (/^threaten/i.test(word) && THREATENS_TO.test(text.slice(end)));
  const phrase = phraseOf(text, start, end);
  return risk && (STAKE.test(phrase) || RACE_STAKE.test(phrase));
}
