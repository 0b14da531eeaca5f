// Quotation marks (stop 94): a mark right after feet and inches is an inch mark, not the quotation's close.
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../src/analyze/quote-spans.js';

const texts = (paragraph: string) => findQuoteSpans(paragraph).map((s) => paragraph.slice(s.open + 1, s.close - 1));

describe('stop 94: an inch mark', () => {
  it('“… the size of someone who is 5’2”. You know …” is one quotation', () => {
    const paragraph = '“Which is why I don’t understand why his hands are the size of someone who is 5’2”. You can’t trust them.”';
    expect(texts(paragraph)).toEqual(['Which is why I don’t understand why his hands are the size of someone who is 5’2”. You can’t trust them.']);
  });
  it("a straight mark after 6'2 closes nothing either", () => {
    const paragraph = '"He is like 6\'2", taller than me," Rubio said.';
    expect(texts(paragraph)).toEqual(['He is like 6\'2", taller than me,']);
  });
});
