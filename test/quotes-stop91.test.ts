// Quotations and titles (stop 91): a song's intro and a report's title quote no one.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const quoteTexts = (...paragraphs: string[]): string[] => analyzeParagraphs('A headline for the test', ...paragraphs).quotes.map((q) => q.text);

describe('stop 91: titles that are no quotation', () => {
  it('the intro to “Takin’ It to the Streets.” names a song', () => {
    expect(quoteTexts('Then the keyboard player began the intro to “Takin’ It to the Streets.” The crowd rose.')).toEqual([]);
  });
  it('the full “Brexit Britain: the trade challenge” report is a title', () => {
    expect(quoteTexts('Read the full “Brexit Britain: the trade challenge” report for the figures.')).toEqual([]);
  });
  it('words said to someone stay a quotation (guard)', () => {
    expect(quoteTexts('She turned to the crowd and said to them, “We will win this fight together.”')).toEqual(['We will win this fight together.']);
  });
  it('a report that quotes someone keeps the quotation (guard)', () => {
    expect(quoteTexts('“The numbers are far worse than we feared,” the report said.')).toHaveLength(1);
  });
});
