// Sources known by their access ("people briefed on", "according to Democrats involved in"), and suggestions someone disputes.
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

describe('a suggestion someone disputes is left open', () => {
  it('"bristled at the suggestion that …"', () =>
    expect(only('The coach bristled at the suggestion that his squad was too old to win the cup.')?.kind).toBe('disputed'));
  it('"has rubbished suggestions that …"', () => expect(only('The chairman has rubbished suggestions that the club is up for sale.')?.kind).toBe('disputed'));
  it('"despite suggestions by the press that …"', () =>
    expect(only('The mayor kept her deputy, despite suggestions by the local press that the two had fallen out.')?.kind).toBe('disputed'));
  it('a suggestion no one disputes may be a proposal: "his suggestion that the council sell the park"', () =>
    expect(only('Residents applauded his suggestion that the council sell the old park to a trust.')).toBeUndefined());
});
