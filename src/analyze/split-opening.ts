// Why: "“My hope,” he said, “is that …”": the words before the attribution open the quotation after it, and alone they make a key quote that says nothing.
import type { QuoteItem } from '../types.js';

/** Where an item's quotation sits in its paragraph: its words' end, and its marks' close and open. */
export interface QuoteBounds {
  end: number;
  close: number;
  open: number;
}

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const sameVoice = (a: QuoteItem, b: QuoteItem): boolean => (a.speaker?.name ?? null) === (b.speaker?.name ?? null);

/**
 * A quotation of fewer than four words that breaks off at a comma for its attribution and goes on right after it, in the same
 * voice and sentence, opens the next one: it is joined to it with an ellipsis ("My hope … is that maybe as ex-president …").
 */
export function joinSplitOpenings(items: readonly QuoteItem[], bounds: readonly QuoteBounds[], paragraphText: (index: number) => string): QuoteItem[] {
  const out: QuoteItem[] = [];
  const list = [...items];
  for (let i = 0; i < list.length; i++) {
    const [item, next, at, after] = [list[i], list[i + 1], bounds[i], bounds[i + 1]];
    if (!item || !next || !at || !after || words(item.text) >= 4 || !sameVoice(item, next)) {
      if (item) out.push(item);
      continue;
    }
    const text = paragraphText(item.source.paragraph);
    // It opens its sentence (or follows a colon): a quoted term inside a sentence ("praised his “genuine empathy,” saying, “…”") opens nothing.
    const opens = /(?:^|[.!?:]["”’']?\s+)$/u.test(text.slice(0, at.open));
    const breaks = opens && item.source.paragraph === next.source.paragraph && item.source.sentenceIndex === next.source.sentenceIndex;
    // `,” he said, “` or `,” Brafman said, “`: a comma where the words break off, then an attribution ending on a comma.
    const between = text.slice(at.close, after.open);
    if (
      breaks &&
      /^[,\s”"’']*$/.test(text.slice(at.end, at.close)) &&
      text.slice(at.end, at.close).includes(',') &&
      /^\s*[^.!?;"“”]{1,60},\s*$/.test(between)
    ) {
      list[i + 1] = { ...next, text: `${item.text} … ${next.text}` };
      continue;
    }
    out.push(item);
  }
  return out;
}
