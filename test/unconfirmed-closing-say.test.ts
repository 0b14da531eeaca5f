// A closing ", they say" or ", experts say" attributes the whole clause; the claim ends before it.
import { describe, expect, it } from 'vitest';
import type { UnconfirmedItem } from '../src/types.js';
import { analyzeParagraphs } from './helpers/analyze.js';

function only(sentence: string): UnconfirmedItem | undefined {
  const items = analyzeParagraphs('A headline for the test', sentence).unconfirmed;
  expect(items.length).toBeLessThanOrEqual(1);
  return items[0];
}

describe('the claim before a closing ", they say"', () => {
  it('drops the attribution after a hedge', () => {
    expect(only('However, the cold snap may be behind the rise in gas prices, they say.')?.claim).toBe('the cold snap may be behind the rise in gas prices');
  });
  it('drops the attribution after a gap', () => {
    expect(only('It is unclear whether the ferry will run in winter, experts say.')?.claim).toBe('whether the ferry will run in winter');
  });
});
