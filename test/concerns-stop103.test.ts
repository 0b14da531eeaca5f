// Concerns (stop 103): a pronoun later in the sentence whose untyped surname opened it ("Clinton endorsed …, although she …");
// a quoted cue's closing mark before its clause ("has “serious concerns” about …").
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

describe("stop 103: a quoted cue's closing mark does not hide the clause after it", () => {
  it.each([
    ['Ann Lee backed the deal, although she has “serious concerns” about a handful of provisions in the bill.', 'a handful of provisions in the bill'],
    ['The union voiced “grave concerns” that the plant will close next year.', 'the plant will close next year'],
    ['Analysts say Nigeria is “at risk” of another recession this year.', 'another recession this year'],
  ])('"%s" → %s', (paragraph, fear) => {
    expect(concernsOf('Ann Lee is a senator.', paragraph).map((c) => c.fear)).toEqual([fear]);
  });
  it('a cue with no clause after its mark keeps its sentence (guard)', () => {
    const text = 'The union said the plan was “a serious concern” for its members.';
    expect(concernsOf('Ann Lee is a senator.', text).map((c) => c.fear)).not.toContain('for its members');
  });
});
