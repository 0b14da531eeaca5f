// Concerns (stop 103): a pronoun later in the sentence whose untyped surname opened it ("Clinton endorsed …, although she …").
import { describe, expect, it } from 'vitest';
import { concernsOf } from './helpers/analyze.js';

const holders = (...paragraphs: string[]): Array<string | null> => concernsOf(...paragraphs).map((c) => c.holder);

describe('stop 103: "she" after an untyped surname that opens its own sentence', () => {
  it('is the woman the surname stands for, not the man named in the sentence before', () => {
    expect(
      holders(
        'Bernie Sanders is campaigning against Hillary Clinton in the state.',
        'Sanders released a statement against the deal. Meanwhile, Clinton endorsed the deal, although she has “serious concerns” about two provisions.',
      ),
    ).toEqual(['Hillary Clinton']);
  });
  it('a pronoun of the other sex stays unresolved (guard)', () => {
    expect(
      holders(
        'Bernie Sanders is campaigning against Hillary Clinton in the state.',
        'Sanders released a statement against the deal. Meanwhile, Clinton endorsed the deal, although he has “serious concerns” about two provisions.',
      ),
    ).not.toContain('Hillary Clinton');
  });
});
