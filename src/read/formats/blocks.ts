// The blocks of a text or Markdown article, shared by both readers: paragraphs as the writer wrapped them.
import { datelineOf, isFurniture } from '../header-lines.js';
import { namesOfByLine } from './by-line.js';

const SENTENCE_END = /[.!?:"”’)]$/;

/**
 * Whether a block's lines are its paragraphs, one a line, rather than prose wrapped at a width: nearly every line ends a
 * sentence. Then a line that ends without one (a heading, a live-blog entry's title) is still a line of its own.
 */
function isLinePerParagraph(lines: readonly string[]): boolean {
  const ends = lines.slice(0, -1);
  return ends.length >= 4 && ends.filter((l) => SENTENCE_END.test(l)).length >= 0.8 * ends.length;
}

/** Blank-line separated blocks; lines of a block that were wrapped mid-sentence are joined. */
export function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    let current = '';
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const perLine = isLinePerParagraph(lines);
    for (const line of lines) {
      if (current === '') current = line;
      // A short line is a line of its own (a date, a byline); only long lines are prose wrapped mid-sentence.
      else if (
        SENTENCE_END.test(current) ||
        current.slice(current.lastIndexOf('\n') + 1).length < 50 ||
        isFurniture(line) ||
        isFurniture(current) ||
        // "By Howard Schneider", "March 20, 2024 6:04 PM UTC" under a long headline: a header line of its own, never wrapped prose.
        namesOfByLine(line) !== null ||
        datelineOf(line) !== null ||
        (perLine && !/^\p{Ll}/u.test(line))
      ) {
        blocks.push(current);
        current = line;
      } else current += ` ${line}`;
    }
    if (current !== '') blocks.push(current);
  }
  return blocks;
}
