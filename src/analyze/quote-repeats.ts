// A lede that quotes the body gives the same quotation twice; the brief lists it once, from the body.
import { plainWords } from '../plain-words.js';
import type { QuoteItem } from '../types.js';

/** Shorter quotations are terms and fragments, not counted as quotations. */
const MIN_WORDS = 4;

/**
 * Drops a quotation of the first paragraph (a lede that opens with the story's best line; a headline kept as the first
 * paragraph gives none, see extractQuotes) when a later paragraph gives the same words with a speaker: the later one has
 * the sentence and the speaker. Given again with none, the later one goes and the lede's stays. A later quotation that only
 * holds the words is kept beside it: a lede often quotes a phrase of a longer quotation, and both are the source's words.
 */
export function dropHeadlineRepeats(items: readonly QuoteItem[]): QuoteItem[] {
  const first = Math.min(...items.map((q) => q.source.paragraph));
  const wordsOf = (q: QuoteItem): string => ` ${plainWords(q.text)} `;
  // Each later quotation's words, once: the first later quotation with those words stands for them.
  const later = new Map<string, QuoteItem>();
  for (const q of items) {
    const words = q.source.paragraph === first ? '' : wordsOf(q);
    if (words && !later.has(words)) later.set(words, q);
  }
  const dropped = new Set<QuoteItem>();
  for (const q of items) {
    if (q.source.paragraph !== first) continue;
    const words = wordsOf(q);
    if (words.trim().split(' ').length < MIN_WORDS) continue;
    const repeat = later.get(words);
    // A later repeat with no speaker is the words used again as a label ("the “it's just too much” talk"): the lede's stands.
    if (repeat) dropped.add(repeat.speaker ? q : repeat);
  }
  return items.filter((q) => !dropped.has(q));
}
