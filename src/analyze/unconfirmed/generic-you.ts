// "You might spend $20 million to build a club", "the greatest president you could possibly imagine": a hedge on a generic or addressed "you" speaks of anyone, or of the reader; it leaves no claim about the news open.
import type { CueMatch } from './cues.js';

/** A hedging adverb or a may/might right after "you" (or "you or your doctor"), or after "you could/can/may/might" ("you could possibly imagine"). */
const YOU_BEFORE = /(?:^|[^\p{L}’'])you(?:\s+(?:or|and)\s+your\s+[\p{L}-]+)?\s+(?:(?:could|can|may|might)\s+)?$/iu;

/** Tells whether a modal or hedging-adverb cue has "you" as its subject. */
export function hedgesGenericYou(m: CueMatch, text: string): boolean {
  if (m.cue.kind !== 'hedged' || !/^(?:may|might|could|possibly|probably|perhaps|maybe)\b/i.test(m.match)) return false;
  return YOU_BEFORE.test(text.slice(0, m.at));
}
