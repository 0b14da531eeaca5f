// "Clinton's loss of support to Sanders", "a string of losses in the Democratic primary", "a Trump loss": a defeat in a race, not a harm, whoever tells it.
import { STAKE } from './electoral-stake.js';

/** "a Clinton loss", "a string of losses": a candidate's defeat or a run of them. */
const DEFEAT_BEFORE = /(?:\b(?:an?|the)\s+\p{Lu}\p{L}+|\b(?:string|series|run|streak)\s+of)\s+$/u;
/** What a loss in a race is of or in: support, votes, a primary, voters. A loss of jobs, lives, income or money is a harm even among voters. */
const SUPPORT = /^\s+(?:of\s+(?:\p{L}+\s+)?support|in\s+the\s+polls?)\b/iu;
const LIVELIHOOD = /\b(jobs?|lives?|life|income|wages?|homes?|savings|pensions?|benefits|coverage|revenue|money|rights|freedoms?)\b|[$£€]/i;

/** "support will collapse", "poll numbers plunged": a fall in a race has its support, polls or campaign as its subject. */
const SLUMP = /^(?:collaps|plung|plummet|slump|crater|implod)/i;
const FORTUNE_SUBJECT =
  /\b(?:support|campaign|candidacy|bid|numbers|ratings?|favou?rability|lead)(?:\s+\p{Ll}+ly)?(?:\s+(?:will|would|could|may|might|has|had|have|is|was|began|begins|started|starts)(?:\s+to)?)?(?:\s+\p{Ll}+ly)?\s+$/u;
/** "his campaign on the brink of collapse": the fall named as a noun, after what it befalls. */
const BRINK = /\b(?:support|campaign|candidacy|bid|numbers|ratings?)\s+(?:\S+\s+){0,3}(?:on|at|to)\s+the\s+(?:brink|verge|edge|point)\s+of\s+$/iu;
/** "has plunged in recent polls", "collapsed among evangelical voters". */
const IN_POLLS = /^\s+(?:in|among)\s+(?:(?:the|recent|national|state|early|new|latest)\s+)*(?:polls?|polling|surveys?|\p{L}+\s+voters)\b/iu;

/** Whether a word of falling is a candidate's slump in a race: support, polls or a campaign falling, whoever tells it. */
function isRaceSlump(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  return FORTUNE_SUBJECT.test(before) || BRINK.test(before) || IN_POLLS.test(text.slice(end, end + 50));
}

/** Whether the harm word at `start`..`end` is a loss in a race: a defeat, support, votes or delegates lost, or a slump. */
export function isRaceLoss(text: string, start: number, end: number): boolean {
  if (SLUMP.test(text.slice(start, end))) return isRaceSlump(text, start, end);
  if (!/^loss(?:es)?$/i.test(text.slice(start, end))) return false;
  const after = text.slice(end, end + 80).split(/[,;:.!?"“”—–(]/)[0] ?? '';
  if (LIVELIHOOD.test(after)) return false;
  return DEFEAT_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || SUPPORT.test(after) || STAKE.test(after);
}
