// The word count of the reader and the analysis: runs of anything but white space, as /\S+/g finds them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spacedWordCount } from '../src/word-count.js';
import { CORPUS, corpusFiles } from './helpers/corpus-check.js';

const byPattern = (text: string): number => text.match(/\S+/g)?.length ?? 0;

describe('spacedWordCount', () => {
  it('counts runs between every kind of white space that \\s knows, and nothing else as space', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      if (spacedWordCount(text) !== byPattern(text)) differ.push(`U+${c.toString(16)}`);
    }
    expect(differ).toEqual([]);
  });

  it.each([
    ['', 0],
    ['   ', 0],
    ['one', 1],
    [' two  words ', 2],
    ['tabs\tand\nlines\r\nand\u00a0no-break\u2009thin\u3000ideographic', 7],
  ])('%j has %i', (text, n) => {
    expect(spacedWordCount(text)).toBe(n);
  });

  it('agrees with the pattern on the corpus', () => {
    for (const f of corpusFiles().slice(0, 50)) {
      const text = readFileSync(join(CORPUS, f), 'utf8');
      expect(spacedWordCount(text), f).toBe(byPattern(text));
    }
  });
});
