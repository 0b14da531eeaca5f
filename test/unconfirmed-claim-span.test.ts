// A claim cut from its sentence keeps where its first kept word stands there.
import { describe, expect, it } from 'vitest';
import { madeUp, spanAt } from '../src/analyze/unconfirmed/claim-span.js';

describe('spanAt', () => {
  it('moves the start past the edge marks and an opening connective it strips', () => {
    const sentence = 'The mayor said, “and the ferry may stop in May.”';
    const from = sentence.indexOf(',');
    const span = spanAt(sentence.slice(from), from);
    expect(span.text).toBe('the ferry may stop in May');
    expect(sentence.slice(span.at)).toMatch(/^the ferry/);
  });
  it('keeps the start of a clause with nothing to strip', () => {
    expect(spanAt('which may close', 12)).toEqual({ text: 'which may close', at: 12 });
  });
  it('does not take a word that only begins like a connective', () => {
    expect(spanAt(' sober staff may leave', 3)).toEqual({ text: 'sober staff may leave', at: 4 });
  });
  it('marks a claim put together from other words as no stretch of the sentence', () => {
    expect(madeUp('the cause of the fire').at).toBe(-1);
  });
});
