// '"… who are we if we respond to threats of retribution ourselves?" she wrote in her letter.': a fear inside a quotation ends
// where the quotation closes; the tag after the mark says who spoke, printed as the holder already.
import { spacedWordCount as wordCount } from '../../word-count.js';
import { opensWithReport } from './tagged-fear.js';

/** Where the quotation holding `at` opened and closes in `text`, or null when `at` is in none. */
function quotationAround(text: string, at: number): { open: number; close: number } | null {
  const before = text.slice(0, at);
  const open = before.lastIndexOf('“');
  if (open > before.lastIndexOf('”')) return { open, close: text.indexOf('”', at) };
  // Straight marks: an odd count before opens one, unless curly marks are mixed in.
  if (/[“”]/.test(before) || (before.match(/"/g)?.length ?? 0) % 2 === 0) return null;
  return { open: before.lastIndexOf('"'), close: text.indexOf('"', at) };
}

/** ' she wrote in her letter.', ', said Dr. Ann Lee.', ' Lee told reporters': a speaker's tag, its words bare of punctuation. */
const isTag = (after: string): boolean =>
  opensWithReport(
    after
      .replace(/^[\s,.;:!?]+/u, '')
      .split(/\s+/)
      .map((w) => w.replace(/[^\p{L}]+$/u, '')),
  );

/** The fear cut at the closing mark of the quotation it lies in, when it ran on past the mark into the speaker's tag. */
export function closedQuoteFear(text: string, cue: string, fear: string): string {
  // A repair before may have closed a quotation the fear leaves open ("… ourselves? " she wrote in her letter""): read it without.
  const words = text.includes(fear) ? fear : fear.replace(/["”]$/u, '');
  const start = text.indexOf(words);
  if (start < 0) return fear;
  // The cue's own place when it is in the fear; else the fear's first word ("threats of | political retribution …").
  const inside = text.indexOf(cue, start);
  const at = inside >= 0 && inside < start + words.length ? inside : start;
  const quote = quotationAround(text, at);
  const end = start + words.length;
  // The whole fear is quoted speech: the quotation opened at or before the fear's first word and closes inside it.
  if (!quote || quote.close < 0 || quote.open > start || quote.close >= end - 1) return fear;
  // Only a tag follows: not a second quotation or a "that" clause the tag reports (", the members wrote, that …").
  const after = text.slice(quote.close + 1, end);
  if (!isTag(after) || /["“”]|\bthat\b/.test(after)) return fear;
  const cut = text
    .slice(Math.max(start, quote.open + 1), quote.close)
    .replace(/[,;:\s]+$/u, '')
    .trim();
  return wordCount(cut) >= 3 ? cut : fear;
}
