// Quote speakers and their titles (stop 83, from a helper's judged sample of 79 articles): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const speakersOf = (...paragraphs: string[]) => analyzeParagraphs('A headline for the test', ...paragraphs).quotes.map((q) => q.speaker);

describe('stop 83: titles', () => {
  it('a role the eight-word cap cut on a modifier ends before its last "and" or preposition', () => {
    const [pawlenty] = speakersOf('“We will win,” said Tim Pawlenty, the former governor of Minnesota and a Republican presidential candidate in 2012.');
    expect(pawlenty?.title).toBe('former governor of Minnesota');
  });

  it('a role that ends on its noun, or is cut on a name, is kept as it was', () => {
    const [adviser] = speakersOf('“We will win,” said Ann Lee, a former adviser to President George W. Bush.');
    expect(adviser?.title).toBe('former adviser to President George W. Bush');
  });
});
