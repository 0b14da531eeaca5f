// "…, engineers warned on Monday." ends like "…warned.": a time adjunct right after a cue is no part of what is feared.
import { lexicons } from '../../lexicon.js';
import { isWeekday } from '../phrase-words.js';

/** A time right after the cue ("warned on Monday", "said yesterday"): not what the cue governs. */
const TIME_ADJUNCT = /^\s*(?:on\s+|last\s+|this\s+|early\s+|late\s+)?(\p{L}+)(?![\p{L}'’])(?:\s+(?:night|morning|afternoon|evening))?/u;
/** The text after a cue without a time adjunct at its start: "…, engineers warned on Monday." ends like "…warned." */
export function withoutTimeAdjunct(after: string): string {
  const time = after.match(TIME_ADJUNCT);
  const word = time?.[1]?.toLowerCase() ?? '';
  const isTime = isWeekday(word) || lexicons().timeAdverbs.has(word);
  return time && isTime ? after.slice(time[0].length) : after;
}

/** "in Everett, Wash.,", "at Westminster": a place right after the cue, capitalised words and their commas. */
const PLACE_ADJUNCT = /^\s*(?:in|at)\s+\p{Lu}[\p{L}'’-]*\.?(?:,?\s+\p{Lu}[\p{L}'’-]*\.?)*,?/u;
/** The text after a cue without a place, then a time, at its start: "… ,” Trump warned in Everett, Wash., recently." ends like "…warned." */
export const withoutPlaceAndTime = (after: string): string => withoutTimeAdjunct(after.replace(PLACE_ADJUNCT, ''));
