// "Some may deny …", "someone could deny that …": a view granted or imagined, which no one is reported to hold.
import { describe, expect, it } from 'vitest';
import type { UnconfirmedItem } from '../src/types.js';
import { analyzeParagraphs } from './helpers/analyze.js';

function only(sentence: string): UnconfirmedItem | undefined {
  const items = analyzeParagraphs('A headline for the test', sentence).unconfirmed;
  expect(items.length).toBeLessThanOrEqual(1);
  return items[0];
}

describe('a dispute or claim that "some may" make', () => {
  it('is granted, not reported', () => {
    expect(only('Some may deny the new pier is working, but the fishermen have no doubt.')).toBeUndefined();
    expect(only('Someone could deny that the ferry is late, but the timetable is plain.')).toBeUndefined();
  });
  it('a dispute someone makes stays', () => {
    expect(only('The owners deny the pier is unsafe.')?.kind).toBe('disputed');
  });
});
