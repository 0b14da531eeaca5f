// Quotation marks (stop 90): a straight mark after a figure is an inch mark, not the start of a quotation.
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../src/analyze/quote-spans.js';

describe('stop 90: inch marks', () => {
  it("'the cheapest 70\"+ TV' and 'a 13\" screen' open no quotation, and a real one after them is found", () => {
    const spans = findQuoteSpans('The deal is on the cheapest 70"+ TV of the sale. It has a 13" screen and "a great picture," the reviewer said.');
    expect(spans.map((s) => s.text)).toEqual(['a great picture']);
  });
  it('a quotation that ends on a figure still closes there (guard)', () => {
    expect(findQuoteSpans('He said "the pier was built in 1970", and left.').map((s) => s.text)).toEqual(['the pier was built in 1970']);
  });
});

describe('stop 90: strings in code', () => {
  it('`console.log("[*] skip the unlink function")` quotes no one', () => {
    expect(findQuoteSpans('The sample then runs console.log("[*] skip the unlink function"); and exits.')).toEqual([]);
  });
  it('a quotation in brackets after a space is still one (guard)', () => {
    expect(findQuoteSpans('The mayor (“we will rebuild the pier”) spoke last.').map((s) => s.text)).toEqual(['we will rebuild the pier']);
  });
});
