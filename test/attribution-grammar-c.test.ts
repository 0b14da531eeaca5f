// Noun phrases around reporting verbs: party labels, appositions, "of" phrases and clauses that are not the speaker (hand-written examples).
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

/** The speaker credited with the last quotation of at least four words. */
function speakerOf(...paragraphs: string[]): string | null {
  const quotes = analyzeParagraphs('A headline for the test', ...paragraphs).quotes.filter((q) => q.text.split(/\s+/).length >= 4);
  return quotes[quotes.length - 1]?.speaker?.name ?? null;
}

describe('a party label in brackets between the name and the verb', () => {
  it.each([
    ['“The harbor dredging cannot wait another winter,” Rep. Jane Doakes (D-Ore.) said.', 'Jane Doakes'],
    ['“The harbor dredging cannot wait another winter,” Rep. Jane Doakes (D-Oregon) said on Monday.', 'Jane Doakes'],
    ['“We will hold hearings on the contract next month,” state Sen. Paul Varga (D) said.', 'Paul Varga'],
    ['“The border fence money is already spent,” Sen. Luis Ortega (R-Texas) told reporters.', 'Luis Ortega'],
    ['“The border fence money is already spent,” Sen. Luis Ortega (R-N.M.) said in a statement.', 'Luis Ortega'],
    ['Rep. Helen Marsh (D-Wash.) said the fund was “nearly empty by the end of the summer.”', 'Helen Marsh'],
    ['After the vote on the farm bill, Gov. Carl Brandt (R-Iowa), said, “We did what the growers asked us to do.”', 'Carl Brandt'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});
