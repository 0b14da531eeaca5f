// Quotations printed between doubled apostrophes (''We won,'' she said) are quotations; wiki italics in the same marks are not.
import { describe, expect, it } from 'vitest';
import { markDoubledQuotes, quotesWithDoubledApostrophes } from '../src/read/doubled-quotes.js';
import { readArticle } from '../src/read/read-article.js';
import { analyzeArticle } from '../src/analyze/analyze-article.js';

describe('quotations between doubled apostrophes', () => {
  it('a text that closes its quotations with a comma or stop inside the marks quotes that way; italic titles do not', () => {
    expect(quotesWithDoubledApostrophes("''The ferry is late again,'' said Ann Lowe. ''It was late on Monday.''")).toBe(true);
    // Italics keep the comma outside the marks, and a wiki text bolds with three.
    expect(quotesWithDoubledApostrophes("He edits ''Harbour Weekly'', and ''Ferry News.''")).toBe(false);
    expect(quotesWithDoubledApostrophes("'''Q:''' Why did you run?''' : I live here,'' he said.")).toBe(false);
    // A text that quotes with double marks keeps them.
    expect(quotesWithDoubledApostrophes('"The ferry is late," said Ann Lowe. "It was late on Monday," she added.')).toBe(false);
  });

  it('opening and closing marks replace the apostrophes, and a single quotation closing with one closes with both', () => {
    const blocks = [
      "''The ferry is late,'' said Ann Lowe.",
      "''It was late on Monday,'' she said, ''and the sign says 'closed.'''",
      "''We will ask again,'' she added.",
    ];
    expect(markDoubledQuotes(blocks)).toEqual([
      '“The ferry is late,” said Ann Lowe.',
      "“It was late on Monday,” she said, “and the sign says 'closed.’”",
      '“We will ask again,” she added.',
    ]);
    const italic = ["He edits ''Harbour Weekly'', a paper."];
    expect(markDoubledQuotes(italic)).toBe(italic);
  });

  it('the quotations of such a text are found with their speakers', () => {
    const text = "Ferry delays grow\n\n''The ferry is late again,'' said Ann Lowe, the harbour master.\n\n''We have asked for a second boat,'' she said.";
    const quotes = analyzeArticle(readArticle(text, { source: 'ferry.txt' })).quotes;
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['The ferry is late again', 'Ann Lowe'],
      ['We have asked for a second boat', 'Ann Lowe'],
    ]);
  });
});
