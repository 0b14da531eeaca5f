// Concerns (stop 95): a concern voiced by "the official" the article described earlier is held by that description.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

describe('stop 95: a described unnamed holder', () => {
  it('"A senior official said … The official said that … mishandled …" is held by "senior official"', () => {
    const concerns = analyzeParagraphs(
      'A headline for the test',
      'A senior official said that prosecuting anyone would be difficult. The official said that investigators are looking at whether anyone knowingly mishandled classified information on the system.',
    ).concerns;
    expect(concerns.map((c) => c.holder)).toContain('senior official');
  });
});

describe('stop 95: an intent to harm denied is a reassurance', () => {
  const concernsOf = (text: string) => analyzeParagraphs('A headline for the test', text).concerns;
  it('"had no genuine desire to undermine the rules" voices no concern', () => {
    expect(concernsOf('Manafort said he had no genuine desire to undermine the delegate-selection rules.')).toHaveLength(0);
  });
  it('"wants to undermine the talks" still does (guard)', () => {
    expect(concernsOf('Officials said China wants to undermine the talks.')).toHaveLength(1);
  });
});
