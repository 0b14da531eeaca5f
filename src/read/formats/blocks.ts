// The blocks of a text or Markdown article, shared by both readers: paragraphs as the writer wrapped them.
import { isFurniture } from '../header-lines.js';

/** Blank-line separated blocks; lines of a block that were wrapped mid-sentence are joined. */
export function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    let current = '';
    for (const rawLine of chunk.split('\n')) {
      const line = rawLine.trim();
      if (line === '') continue;
      if (current === '') current = line;
      // A short line is a line of its own (a date, a byline); only long lines are prose wrapped mid-sentence.
      else if (/[.!?:"”’)]$/.test(current) || current.slice(current.lastIndexOf('\n') + 1).length < 50 || isFurniture(line) || isFurniture(current)) {
        blocks.push(current);
        current = line;
      } else current += ` ${line}`;
    }
    if (current !== '') blocks.push(current);
  }
  return blocks;
}
