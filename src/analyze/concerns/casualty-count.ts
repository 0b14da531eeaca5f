// "…, killing at least eight people and injuring more than 70", "which killed 14 people": a toll counted is a harm that happened, news and not a worry.

import { COUNT_WORDS } from './count-words.js';

/** A verb of casualty in the past or as a participle: "killed", "killing", "injuring", "wounding". */
const CASUALTY = /^(?:killed|killing|injured|injuring|wounded|wounding)$/i;
/** A count right after it: "at least 18", "more than 70", "seven", "dozens of". */
const COUNT_AFTER = new RegExp(
  String.raw`^\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+|some\s+|over\s+|an\s+estimated\s+|up\s+to\s+)?(?:\d[\d,]*(?![\d,/]|\s*(?:percent|%))|one|${COUNT_WORDS})\b`,
  'i',
);
/** What may still come or must be done: "could end up killing 20", "threatened to kill", "we have to increase the bombings". */
const AHEAD = /\b(?:could|would|will|may|might|must|should|ha(?:ve|s)\s+to|need\s+to|going\s+to|threat\p{L}*|risk\p{L}*|fear\p{L}*|warn\p{L}*)\b/iu;

/** A count right before a noun of death: "with 584 deaths", "three more deaths"; not a rate ("40,000 deaths a year" goes on). */
const COUNT_BEFORE = new RegExp(String.raw`(?:\b\d[\d,]*|\b(?:${COUNT_WORDS}))\s+(?:[\p{L}-]+\s+)?$`, 'iu');
const RATE_AFTER = /^\s+(?:(?:a|per|each|every)\s+(?:year|day|week|month)|annually)\b/i;

/** Whether a verb of casualty counts its victims, or a count of deaths is given, with nothing in the sentence looking ahead. */
export function isCountedToll(text: string, word: string, end: number): boolean {
  if (/^deaths$/i.test(word)) {
    const start = end - word.length;
    return COUNT_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && !RATE_AFTER.test(text.slice(end)) && !AHEAD.test(text);
  }
  return CASUALTY.test(word) && COUNT_AFTER.test(text.slice(end)) && !AHEAD.test(text);
}
