// "purporting to", "purports to": what a thing claims to be or do, not established.
import { describe, expect, it } from 'vitest';
import type { UnconfirmedItem } from '../src/types.js';
import { analyzeParagraphs } from './helpers/analyze.js';

function only(sentence: string): UnconfirmedItem | undefined {
  const items = analyzeParagraphs('A headline for the test', sentence).unconfirmed;
  expect(items.length).toBeLessThanOrEqual(1);
  return items[0];
}

describe('"purporting to"', () => {
  it('leaves the claim open', () => {
    expect(only('The paper printed a letter purporting to come from the mayor.')?.kind).toBe('allegation');
    expect(only('The map purports to show the old harbour wall.')?.kind).toBe('allegation');
  });
  it('"does not purport to" disclaims, it claims nothing', () => {
    expect(only('The guide does not purport to cover every beach.')).toBeUndefined();
  });
});
