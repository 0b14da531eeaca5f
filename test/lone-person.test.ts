// A one-word name the article never gives in full: a person when a courtesy title or a first name alone says so, else a body.
import { describe, expect, it } from 'vitest';
import { nameFromRun } from '../src/analyze/capital-runs.js';
import { tokenize } from '../src/analyze/tokens.js';
import { analyzeParagraphs } from './helpers/analyze.js';

describe('a lone name as a speaker', () => {
  it('reads a title word after a courtesy title as a surname', () => {
    expect(nameFromRun(tokenize('Mr. Bishop', 0))).toMatchObject({ name: 'Bishop', title: 'Mr.', kind: 'person' });
    expect(nameFromRun(tokenize('Ms. Dean', 0))).toMatchObject({ name: 'Dean', kind: 'person' });
    expect(nameFromRun(tokenize('Mr. Smith', 0))).toMatchObject({ name: 'Smith', kind: 'person' });
  });

  it('finds the full name of a surname that is also a title', () => {
    const a = analyzeParagraphs(
      'T',
      'Walter Bishop, a harbour pilot for thirty years, opposes the plan.',
      '"The channel is too narrow for ships of that size," Mr. Bishop said.',
    );
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Walter Bishop', kind: 'person' });
  });

  it('takes a first name alone for a person', () => {
    const a = analyzeParagraphs('T', 'The ferry was late again on Monday.', '"I waited an hour in the rain," Rosalind said.');
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Rosalind', kind: 'person' });
  });

  it('leaves a place or a titled name that a first name ends as it was', () => {
    const place = analyzeParagraphs('T', 'Talks resumed on Monday.', 'Israel said it would "study the proposal closely."');
    expect(place.quotes[0]!.speaker).toMatchObject({ name: 'Israel', kind: 'organisation' });
    const station = analyzeParagraphs('T', 'Schools closed early.', 'News 8 Austin reported, "The district was not available for comment late Wednesday."');
    expect(station.quotes[0]!.speaker).toMatchObject({ name: 'News 8 Austin', kind: 'organisation' });
  });
});
