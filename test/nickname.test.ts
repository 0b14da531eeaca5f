// A nickname in quotation marks inside a person's name (hand-written examples): one person, and no quotation.
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../src/analyze/quote-spans.js';
import { nicknameEnd } from '../src/analyze/nickname.js';
import { analyzeParagraphs, speakerOf, speakers } from './helpers/analyze.js';

describe('a nickname inside a name', () => {
  it('opens no quotation span, while the quotation after it still does', () => {
    const text = 'Councillor Tamsin "Tam" Okafor promised to "keep the ferry running every single day".';
    expect(findQuoteSpans(text).map((s) => s.text)).toEqual(['keep the ferry running every single day']);
  });

  it('credits the quotation to the whole name, nickname and all', () => {
    expect(
      speakerOf('At the quay, state Del. Tamsin "Tam" Okafor (D-Harbourside) shouted to the crowd, "The whole coast is watching this town tonight."'),
    ).toBe('Tamsin "Tam" Okafor');
  });

  it('reads a nickname after an initial ("Harold J. “Hal” Whitcombe") and in curly marks', () => {
    expect(speakerOf('“We will reopen the mill before the winter sets in,” said Rep. Harold J. “Hal” Whitcombe.')).toBe('Harold J. "Hal" Whitcombe');
  });

  it('gives later mentions by the nickname and surname, or by the surname alone, the full name', () => {
    const analysis = analyzeParagraphs(
      'Mill to reopen',
      'Harold J. "Hal" Whitcombe, the county executive, spoke on Monday.',
      '"We will reopen the mill before the winter sets in," Hal Whitcombe said.',
      '"Nobody here should lose a job this year," Whitcombe added.',
    );
    expect(speakers(analysis).map(([, name]) => name)).toEqual(['Harold J. "Hal" Whitcombe', 'Harold J. "Hal" Whitcombe']);
  });

  it('names the holder of a concern by the full name when the sentence gives the surname alone', () => {
    const analysis = analyzeParagraphs(
      'Ranger speaks out',
      'Former park ranger Marcus "Mac" Bexley found both plans to be unworkable.',
      'Bexley was also troubled by the cuts to patrols, which he said put hikers in danger.',
    );
    expect(analysis.concerns.map((c) => c.holder)).toEqual(['Marcus "Mac" Bexley']);
  });

  it('is no nickname after a word that never stands in a name, or before one', () => {
    const felt = 'Why The Mayor Felt "Betrayed" As The Vote Closed';
    expect(nicknameEnd(felt, felt.indexOf('"'))).toBe(-1);
    const word = 'Ask Maria "Why" The port is shut';
    expect(nicknameEnd(word, word.indexOf('"'))).toBe(-1);
  });
});
