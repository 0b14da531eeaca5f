// "Clinton's loss of support to Sanders", "a string of losses in the Democratic primary", "a Trump loss": a defeat in a race, not a harm, whoever tells it.
import { STAKE } from './electoral-stake.js';

/** "a Clinton loss", "a string of losses": a candidate's defeat or a run of them. */
const DEFEAT_BEFORE = /(?:\b(?:an?|the)\s+\p{Lu}\p{L}+|\b(?:string|series|run|streak)\s+of)\s+$/u;
/** What a loss in a race is of or in: support, votes, a primary, voters. A loss of jobs, lives, income or money is a harm even among voters. */
const SUPPORT = /^\s+(?:of\s+(?:\p{L}+\s+)?support|in\s+the\s+polls?)\b/iu;
const LIVELIHOOD = /\b(jobs?|lives?|life|income|wages?|homes?|savings|pensions?|benefits|coverage|revenue|money|rights|freedoms?)\b|[$£€]/i;

/** Whether the harm word at `start`..`end` is a loss in a race: a defeat, or support, votes or delegates lost. */
export function isRaceLoss(text: string, start: number, end: number): boolean {
  if (!/^loss(?:es)?$/i.test(text.slice(start, end))) return false;
  const after = text.slice(end, end + 80).split(/[,;:.!?"“”—–(]/)[0] ?? '';
  if (LIVELIHOOD.test(after)) return false;
  return DEFEAT_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || SUPPORT.test(after) || STAKE.test(after);
}
