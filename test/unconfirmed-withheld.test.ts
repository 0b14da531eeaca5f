// "won't reveal", "declined to reveal", "does not offer further details": withheld information is a stated gap.
import { describe, expect, it } from 'vitest';
import type { UnconfirmedItem } from '../src/types.js';
import { analyzeParagraphs } from './helpers/analyze.js';

function only(sentence: string): UnconfirmedItem | undefined {
  const items = analyzeParagraphs('A headline for the test', sentence).unconfirmed;
  expect(items.length).toBeLessThanOrEqual(1);
  return items[0];
}

describe('information withheld', () => {
  it('"won\'t reveal" and "declined to reveal" are gaps', () => {
    expect(only("The builder won't reveal the price he paid for the pier.")?.kind).toBe('gap');
    expect(only('The club declined to reveal the size of the fee.')?.kind).toBe('gap');
  });
  it('"does not offer further details" is a gap', () => {
    expect(only('The mayor backs a new tram line but does not offer further details.')?.kind).toBe('gap');
  });
});
