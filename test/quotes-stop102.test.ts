// Speakers and titles (stop 102): one person, one title — the fullest the article gives them at a named quote.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const speakersAndTitles = (...paragraphs: string[]): Array<string> =>
  analyzeParagraphs('A headline for the test', ...paragraphs).quotes.map((q) => `${q.speaker?.name ?? '-'} | ${q.speaker?.title ?? '-'}`);

describe('stop 102: a title that is part of a longer one the same person has takes the longer one', () => {
  it('"former Rep. (D-Calif.)" reaches the quote whose mention gave only "Rep."', () => {
    const quotes = speakersAndTitles(
      'The law was rewritten in 2001 by four negotiators.',
      '“A lot of people were upset with the whole idea of it,” said former Rep. George Miller (D-Calif.), one of the negotiators.',
      'Miller said he was proud of the result. “There is much more awareness now in poor communities,” Miller said.',
    );
    expect(new Set(quotes)).toEqual(new Set(['George Miller | former Rep. (D-Calif.)']));
  });
  it('"L2 president" reaches the quote credited through "he"', () => {
    const quotes = speakersAndTitles(
      'The campaign bought voter files from the data firm L2.',
      '“It was a sizable purchase of data,” said L2 president Bruce Willsie. “We continue to provide services to the campaign,” he said.',
    );
    expect(new Set(quotes)).toEqual(new Set(['Bruce Willsie | L2 president']));
  });
});
