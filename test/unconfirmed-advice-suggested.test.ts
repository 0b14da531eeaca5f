// "suggested that X would do better to …" gives advice; it alleges nothing. A title's full stop does not end the clause.
import { describe, expect, it } from 'vitest';
import type { UnconfirmedItem } from '../src/types.js';
import { analyzeParagraphs } from './helpers/analyze.js';

function only(sentence: string): UnconfirmedItem | undefined {
  const items = analyzeParagraphs('A headline for the test', sentence).unconfirmed;
  expect(items.length).toBeLessThanOrEqual(1);
  return items[0];
}

describe('advice after "suggested that"', () => {
  it('"would do better to", "would do well to" advise', () => {
    expect(only('The rival suggested that Mr. Hale, stung by the vote, would do better to stay silent.')).toBeUndefined();
    expect(only('Critics suggested that the council would do well to wait a year.')).toBeUndefined();
  });
  it('a claim after "suggested that" still alleges', () => {
    expect(only('The rival suggested that Mr. Hale had hidden the loan.')?.kind).toBe('allegation');
  });
});
