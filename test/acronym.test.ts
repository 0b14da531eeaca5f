// An acronym's expansion: the words that spell it, cut from a run that a preceding capital joined to them.
import { describe, expect, it } from 'vitest';
import { spelledTail } from '../src/analyze/acronym.js';
import { analyzeParagraphs } from './helpers/analyze.js';

describe('spelledTail', () => {
  it('cuts the words before those that spell the acronym', () => {
    expect(spelledTail('Harbourside of US Consumer Financial Protection Bureau', 'CFPB')).toBe('Consumer Financial Protection Bureau');
    expect(spelledTail('Gazette Harbour Safety Board', 'HSB')).toBe('Harbour Safety Board');
  });

  it('keeps a name that spells the acronym whole, or that no tail spells', () => {
    expect(spelledTail('Federal Bureau of Investigation', 'FBI')).toBe('Federal Bureau of Investigation');
    expect(spelledTail('Harbour Association of Divers for Safe Ports', 'HADSP')).toBe('Harbour Association of Divers for Safe Ports');
    expect(spelledTail('UN Security Council', 'UNSC')).toBe('UN Security Council');
    expect(spelledTail('Harbour Safety Board', 'Harbour')).toBe('Harbour Safety Board');
  });

  it('gives the body its own name when the article uses the acronym', () => {
    const a = analyzeParagraphs(
      'T',
      'A review by Harbourside of the Coastal Ferry Authority (CFA) found delays on every route.',
      'The CFA said: "We will publish a new timetable before the summer."',
    );
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Coastal Ferry Authority', kind: 'organisation' });
  });
});
