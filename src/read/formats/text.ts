// Plain-text articles, including text copied out of a wiki: blocks only, no metadata of their own.
import type { RawArticle } from '../../types.js';
import { datelineOf } from '../header-lines.js';
import { splitBlocks } from './blocks.js';

export function readPlainText(text: string): RawArticle {
  // Wiki section headings ("==Reactions==") left inside a one-line body mark paragraph breaks.
  const sections = text.replace(/\{\|[\s\S]*?\|\}/g, '\n\n').replace(/\s*={2,}\s*[^=\n]{1,80}?\s*={2,}\s*/g, '\n\n');
  return { blocks: splitBlocks(boldDateLines(sections)), meta: {} };
}

/** A wiki story opens on its date in bold ("'''December 25, 2004''' Officials …"): the date becomes a line of its own. */
function boldDateLines(text: string): string {
  return text.replace(/(^|\n)[ \t]*'''([^'\n]{4,40})'''[ \t]+(?=\S)/g, (whole, before: string, date: string) =>
    datelineOf(date) ? `${before}${date}\n\n` : whole,
  );
}
