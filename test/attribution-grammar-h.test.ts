// A subject past a preposition, a short quotation inside the aside after a name (hand-written examples).
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

/** The speaker credited with the last quotation of at least four words. */
function speakerOf(...paragraphs: string[]): string | null {
  const quotes = analyzeParagraphs('A headline for the test', ...paragraphs).quotes.filter((q) => q.text.split(/\s+/).length >= 4);
  return quotes[quotes.length - 1]?.speaker?.name ?? null;
}

describe('the subject of a reporting verb after the quotation', () => {
  it.each([
    ['"Will the depot ever open again on Sundays?" a Green councillor in the gallery wondered aloud.', 'Green councillor in the gallery'],
    ['“Nobody warned the tenants about the rent rise,” one organiser at the hall told reporters.', 'one organiser at the hall'],
    ['“The mill is closing after a hundred years,” Orin Blake, wearing a cap and “Save the Mill” pins, said quietly.', 'Orin Blake'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('still credits nobody for a quotation followed by a clause about a place', () => {
    expect(speakerOf('“The mill is closing after a hundred years,” read the sign in the window.')).toBeNull();
  });
});
