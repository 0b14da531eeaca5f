// sentenceTokens: a sentence's tokens made once and shared, the same as tokenize(s.text, s.start).
import { describe, expect, it } from 'vitest';
import { sentenceTokens } from '../src/analyze/sentence-tokens.js';
import { tokenize } from '../src/analyze/tokens.js';
import type { Sentence } from '../src/types.js';

const sentence = (text: string, start: number): Sentence => ({ index: 3, paragraph: 1, text, start, end: start + text.length }) as Sentence;

describe('sentenceTokens', () => {
  it('gives what tokenize gives at the sentence’s offset', () => {
    const s = sentence('Mr. Smith said the plan “will fail,” and left.', 40);
    expect(sentenceTokens(s)).toEqual(tokenize(s.text, s.start));
  });

  it('makes them once per sentence, and shares them frozen', () => {
    const s = sentence('Ann Lee warned of a crisis.', 0);
    const first = sentenceTokens(s);
    expect(sentenceTokens(s)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('keeps two sentences of the same words apart', () => {
    const a = sentence('He said so.', 0);
    const b = sentence('He said so.', 100);
    expect(sentenceTokens(b)[0]?.start).toBe(100);
    expect(sentenceTokens(a)[0]?.start).toBe(0);
  });
});
