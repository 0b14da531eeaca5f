// The line that ends every Markdown brief brief writes: a folder briefed into itself again passes its old briefs over
// instead of reading them as articles, and a brief named as an input fails with a clear message.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** An HTML comment, so Markdown viewers show nothing of it; the same for every brief, so output stays deterministic. */
export const BRIEF_MARK = '<!-- Made by brief: this file is a brief, not an article. brief passes it over when it reads this folder again. -->';

/** The Markdown file's text: the rendered brief, then the mark on a line of its own. */
export function markBrief(markdown: string): string {
  return `${markdown.replace(/\n*$/, '\n')}\n${BRIEF_MARK}\n`;
}

/** Whether a text is a brief's Markdown: it ends on the mark (line ends and trailing space aside). */
export function isBriefText(text: string): boolean {
  return text.trimEnd().endsWith(BRIEF_MARK);
}

/** Whether a file ends on the mark, reading only its tail; false for anything it cannot read (reading it later says why). */
export function isBriefFile(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    const length = Math.min(size, BRIEF_MARK.length + 64);
    const tail = Buffer.alloc(length);
    readSync(fd, tail, 0, length, size - length);
    return isBriefText(tail.toString('utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
