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

describe('stop 103: a place after the warning verb is no part of the fear', () => {
  it.each([
    ['“Bad, bad things are going to happen,” Ann Lee warned in Everett, Wash., recently.', 'Bad, bad things are going to happen'],
    ['The engineers warned in Parliament that the dam could fail.', 'the dam could fail'],
  ])('"%s" → %s', (paragraph, fear) => {
    expect(concernsOf('Ann Lee is a senator.', paragraph).map((c) => c.fear)).toEqual([fear]);
  });
  it('a one-word place after the verb, as before (guard)', () => {
    const text = '“The dam could fail at any moment,” the engineers warned at Westminster.';
    expect(concernsOf('Ann Lee is a senator.', text).map((c) => c.fear)).toEqual(['The dam could fail at any moment']);
  });
});

describe('stop 103: the topic word before a noun of worry stays in the fear', () => {
  it.each([
    ['Police said there were legitimate safety concerns surrounding the convention.', 'safety concerns surrounding the convention'],
    ['Residents raised security concerns about the new bridge.', 'security concerns about the new bridge'],
  ])('"%s" → %s', (paragraph, fear) => {
    expect(concernsOf('Ann Lee is a senator.', paragraph).map((c) => c.fear)).toEqual([fear]);
  });
  it('a word of degree is no topic (guard)', () => {
    expect(concernsOf('Ann Lee is a senator.', 'Parents voiced serious concerns over the plant.').map((c) => c.fear)).toEqual(['the plant']);
  });
});
