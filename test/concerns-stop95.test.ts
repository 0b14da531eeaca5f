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
