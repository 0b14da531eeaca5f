// An office in "-man" ("spokesman", "chairman") is worn by women too: with a woman's first name it gives no sex.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

describe('a "-man" title before a woman\'s first name', () => {
  it('lets "she" go on with the woman the title names', () => {
    const a = analyzeParagraphs(
      'T',
      'Harbour spokesman Karen Lowe confirmed that the berth would close in May.',
      '"The channel is too narrow for ships of that size," she said.',
    );
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Karen Lowe' });
  });

  it('still lets "he" go on with a family name first that a list reads as a woman\'s', () => {
    const a = analyzeParagraphs(
      'T',
      'Foreign Ministry spokesman Lu Kang repeated that the port was open.',
      'Ships should not wait outside, he told reporters.',
      '"This is extremely irresponsible."',
    );
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Lu Kang' });
  });
});
