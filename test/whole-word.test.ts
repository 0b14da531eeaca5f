// hasWholeWord answers as the per-word pattern it replaced in resolveHolder did, surrogate pairs and edges included.
import { describe, expect, it } from 'vitest';
import { hasWholeWord, wholeWordPattern } from '../src/analyze/whole-word.js';

const same = (text: string, word: string): void => expect(hasWholeWord(text, word)).toBe(wholeWordPattern(word).test(text));

describe('hasWholeWord', () => {
  it('finds a word with no letter either side', () => {
    expect(hasWholeWord('Critics of Lindqvist said', 'Lindqvist')).toBe(true);
    expect(hasWholeWord('Lindqvist.', 'Lindqvist')).toBe(true);
    expect(hasWholeWord('(Lindqvist)', 'Lindqvist')).toBe(true);
  });

  it('refuses a word inside a longer one, in any script', () => {
    expect(hasWholeWord('Anyway, they said', 'nyway')).toBe(false);
    expect(hasWholeWord('éLindqvist said', 'Lindqvist')).toBe(false);
    expect(hasWholeWord('Lindqvistë said', 'Lindqvist')).toBe(false);
  });

  it('takes a later whole occurrence after an embedded one', () => {
    expect(hasWholeWord('Hallberg and Berg', 'Berg')).toBe(true);
  });

  it('reads a letter outside the basic plane as one letter, as the pattern does', () => {
    same('\u{1d400}Berg', 'Berg');
    same('Berg\u{1d400}', 'Berg');
    same('\ud835Berg', 'Berg');
    same('Berg\udc00', 'Berg');
  });

  it('gives the pattern its answer for empty words, surrogates and pattern characters', () => {
    for (const [text, word] of [
      ['a b', ''],
      ['', ''],
      ['x \u{1d400} y', '\u{1d400}'],
      ['A.B. Smith', 'A.B.'],
      ['cost $5 (approx.)', '$5'],
      ['the [bracket] word', '[bracket]'],
    ])
      same(text as string, word as string);
  });
});
