// "after investors grew wary of …": "after" and "before" open clauses too, whose subject holds the worry inside them.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const holdersOf = (paragraph: string): (string | null)[] => analyzeParagraphs('A headline for the test', paragraph).concerns.map((item) => item.holder);

describe('the subject of a clause opened by "after" or "before"', () => {
  it('holds a worry voiced inside the clause', () => {
    expect(holdersOf('Shares fell after investors grew wary of its losses.')).toEqual(['investors']);
    expect(holdersOf('Shares fell after critics warned of its losses.')).toEqual(['critics']);
    expect(holdersOf('The currency slid after European policy makers said they were worried about its strength.')).toEqual(['European policy makers']);
  });

  it('holds no harm named before the clause', () => {
    expect(holdersOf('The ruling is a threat to the programme, coming soon after the court agreed to review it.')).toEqual([null]);
  });

  it('is no holder when its verb says nothing ("after the interview concluded, …")', () => {
    expect(holdersOf('Later, after the Sanders interview concluded, Maher stated of the email scandal that the report was bad.')).toEqual([null]);
  });
});
