// A worry voiced in a relative clause: a time between "who" and its verb, a copula before a word of worry, and a
// restrictive "who" after a plural noun in lower case (stop 70).
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const holder = (...paragraphs: string[]): string | null => {
  const items = analyzeParagraphs('A headline for the test', ...paragraphs).concerns;
  expect(items).toHaveLength(1);
  return items[0]?.holder ?? null;
};

describe('relative clause holders', () => {
  it('a time between ", who" and the verb of worry still leaves the clause its antecedent\'s', () => {
    expect(holder('Tom Reed will miss a speech from harbour master Ann Lee, who this week criticised towns that ignored the dredging plan.')).toBe('Ann Lee');
  });

  it('a restrictive "who" after a plural noun gives the group the clause picks out', () => {
    expect(holder('Tom Reed sided with a coalition of dock unions who feared the plan would cost hundreds of jobs.')).toBe('dock unions');
    expect(holder('Harbour residents who are worried about losing their homes need a new council.')).toBe('Harbour residents');
    // A verb before the noun is no part of the group ("uniting conservationists").
    expect(holder('The plan reflects a rare convergence, uniting conservationists who decried the dredging, and councillors.')).toBe('conservationists');
    // "those who": no group is named.
    expect(holder('The mayor said that those who criticize him do so at their peril.')).not.toBe('those');
  });
});
