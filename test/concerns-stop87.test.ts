// Stated concerns (stop 87, from a judged sample): a worry verb in its "-ing" form after "is" or "are", with an object, is the verb.
import { describe, expect, it } from 'vitest';
import { concernsOf, fearsOf } from './helpers/analyze.js';

describe('stop 87: "is alarming many Germans", "are concerning the music industry"', () => {
  it('the object holds the worry and the subject is what they fear', () => {
    const [concern] = concernsOf('Such harsh rhetoric against migrants is alarming many Germans.');
    expect(concern).toMatchObject({ holder: 'many Germans', fear: 'Such harsh rhetoric against migrants' });
    expect(fearsOf('But the number of people buying cheap music players are concerning the music industry.')).toEqual([
      'the number of people buying cheap music players',
    ]);
  });
  it('without an object the "-ing" form is an adjective: "The rise in prices is worrying." keeps its sentence', () => {
    expect(fearsOf('The rise in prices is worrying.')).toEqual(['The rise in prices is worrying.']);
  });
  it('"is worrying about" is the subject\'s own worry: what follows "about" stays the fear', () => {
    expect(fearsOf('Ann Lee is worrying about the rise in prices at the harbour.')[0]).toContain('the rise in prices');
  });
});
