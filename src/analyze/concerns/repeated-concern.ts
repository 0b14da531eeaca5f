// Why: a page that prints a sentence again as a pull quote, with other quotation marks, listed its concern twice; the repeat
// is one concern, and where only one of the two found who holds it, that one is kept.
import type { ConcernItem } from '../../types.js';

/** The sentence's words without marks or spaces, so that “…” and "…" agree. */
const wordsOf = (text: string): string => text.replace(/\W+/g, '');

/** The concerns with each sentence kept once, in article order: the first that names a holder, else the first. */
export function withoutRepeats(items: readonly ConcernItem[]): ConcernItem[] {
  const kept = new Map<string, ConcernItem>();
  for (const item of items) {
    const key = wordsOf(item.text);
    const earlier = kept.get(key);
    if (!earlier || (earlier.holder === null && item.holder !== null)) kept.set(key, item);
  }
  return [...kept.values()];
}
