// "is reputed to", "is presumed to": a claim others hold, like "is said to".
import { describe, expect, it } from 'vitest';
import type { UnconfirmedItem } from '../src/types.js';
import { analyzeParagraphs } from './helpers/analyze.js';

function only(sentence: string): UnconfirmedItem | undefined {
  const items = analyzeParagraphs('A headline for the test', sentence).unconfirmed;
  expect(items.length).toBeLessThanOrEqual(1);
  return items[0];
}

describe('"is reputed to" and its kin', () => {
  it('hedge the claim', () => {
    expect(only('The old inn is reputed to have housed the king for a night.')?.kind).toBe('hedged');
    expect(only('The two sailors are presumed to have drowned.')?.kind).toBe('hedged');
  });
});
