// Quotations and titles (stop 99): a double quotation closed by two right-hand single marks (’’), as some outlets type it.
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../src/analyze/quote-spans.js';
import { analyzeParagraphs } from './helpers/analyze.js';

const texts = (paragraph: string): string[] => findQuoteSpans(paragraph).map((s) => s.text);

describe('stop 99: a double quotation closed by ’’', () => {
  it('closes at ’’ and reads the next quotation apart', () => {
    const paragraph = '“It was an attempt to mislead voters,’’ Ruth Imbert, chief executive of Full Fact, told the BBC. “And it was wrong.”';
    expect(texts(paragraph)).toEqual(['It was an attempt to mislead voters', 'And it was wrong.']);
    const quotes = analyzeParagraphs('A headline for the test', 'An opening line.', paragraph).quotes;
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ruth Imbert', 'Ruth Imbert']);
  });
  it('closes a quotation that ends the paragraph with ’’', () => {
    expect(texts('The commission warned that “voters are entitled to transparency.’’ It said no more.')).toEqual(['voters are entitled to transparency.']);
  });
  it('leaves ’’ inside a quotation that a right-hand double mark closes later (guard)', () => {
    expect(texts('“They called it ‘the boys’’ club’ for years,” she said.')).toEqual(['They called it ‘the boys’’ club’ for years']);
  });
});
