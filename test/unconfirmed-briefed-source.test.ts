// Sources known only by what they know: "people briefed on", "people with knowledge of", "according to Democrats involved in".
import { describe, expect, it } from 'vitest';
import type { UnconfirmedItem } from '../src/types.js';
import { analyzeParagraphs } from './helpers/analyze.js';

function only(sentence: string): UnconfirmedItem | undefined {
  return analyzeParagraphs('A headline for the test', sentence).unconfirmed[0];
}

describe('unnamed sources described by their access', () => {
  it('"People briefed on the plan said …"', () =>
    expect(only('People briefed on the plan said the mayor would drop the tram line.')?.kind).toBe('anonymous-source'));
  it('"People with direct knowledge of the bid said …"', () =>
    expect(only('People with direct knowledge of the bid said the club had offered twice the fee.')?.kind).toBe('anonymous-source'));
  it('"…, according to Republicans involved in the talks."', () =>
    expect(only('The two councils are close to a deal on the bridge, according to Republicans involved in the talks.')?.kind).toBe('anonymous-source'));
  it('"…, according to a Democrat familiar with the speech."', () =>
    expect(only('The senator rewrote the ending the night before, according to a Democrat familiar with the speech.')?.kind).toBe('anonymous-source'));
  it('people involved in something are not a source unless they speak', () =>
    expect(only('Many people involved in the talks stayed at the hotel by the lake.')).toBeUndefined());
});
