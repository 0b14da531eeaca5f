// A page that prints a paragraph twice (stop 87, from a judged feature whose donors' quotations each stood twice): the first
// copy is the article's, and its quotation is listed once, not dropped by each copy as the other's pull quote.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/read/index.js';
import { analyzeParagraphs } from './helpers/analyze.js';

const DONOR = '“It has been in the family since 1912 and was kept on top of a piano, then in a closet, then in a bank.”';
const NOTE = 'Mr. Person’s ancestors had farmed the land by the river for four generations before the museum opened.';

describe('stop 87: a paragraph printed twice', () => {
  it('the reader keeps the first copy of a repeated paragraph and records the second as dropped', () => {
    const article = readArticle(['The museum opens', 'The museum opens on Saturday in Washington.', DONOR, NOTE, DONOR, NOTE].join('\n\n'), {
      source: 'feature.txt',
      format: 'text',
    });
    expect(article.paragraphs.map((p) => p.text)).toEqual(['The museum opens on Saturday in Washington.', DONOR, NOTE]);
    expect(article.dropped).toContain(DONOR);
  });
  it('a short line printed twice stays: it may be a heading or a refrain, not a repeated paragraph', () => {
    const article = readArticle(
      ['The museum opens', 'The museum opens on Saturday.', 'Lock her up!', 'The crowd was loud all night.', 'Lock her up!'].join('\n\n'),
      {
        source: 'feature.txt',
        format: 'text',
      },
    );
    expect(article.paragraphs).toHaveLength(4);
  });
  it('two whole-paragraph copies of one quotation, marked differently, leave one quotation rather than none', () => {
    const straight = DONOR.replace(/[“”]/g, '"');
    const quotes = analyzeParagraphs('The museum opens', 'The museum opens on Saturday in Washington.', DONOR, NOTE, straight).quotes;
    expect(quotes.map((q) => q.source.paragraph)).toEqual([2]);
  });
});

describe('stop 87: the subject of the sentence before, when a later clause has its own', () => {
  it('"Moss has a harbour named in her honour, and this year the council …" does not make Moss the voice of the next quotation', () => {
    const quotes = analyzeParagraphs(
      'The museum opens',
      'Ann Lee Moss has a harbour named in her honour, and this year the council announced a statue of her.',
      '“It has been in the family since 1912. I look at it as a way of reconciliation, and I am glad it is here.”',
    ).quotes;
    expect(quotes[0]?.speaker ?? null).toBeNull();
  });
  it('without a second clause the subject still speaks ("Mayor Hugo Stein lashed out …")', () => {
    const quotes = analyzeParagraphs(
      'The museum opens',
      'Mayor Hugo Stein lashed out at the transit union on Monday.',
      '“They are holding this city hostage and they know it, every single one of them.”',
    ).quotes;
    expect(quotes[0]?.speaker?.name).toBe('Hugo Stein');
  });
});
