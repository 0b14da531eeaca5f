// Stated concerns (stop 84, from a judged sample of web pages, BBC and Wikinews articles): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { concernsOf, fearsOf } from './helpers/analyze.js';

describe('stop 84: a harm denied', () => {
  it('"nothing X has done amounts to … crime" denies the harm', () => {
    expect(fearsOf('The spokeswoman said nothing the mayor has done or said amounts to bribery or any other crime.')).toEqual([]);
    // The same harm, stated, is kept.
    expect(fearsOf('The spokeswoman said the mayor’s deal amounts to bribery and warned of a crime against the town.')).not.toEqual([]);
  });

  it('"denied the charges, saying he was unaware of the fraud" denies the harm', () => {
    expect(fearsOf('Mr Lee has denied all the charges, saying he was unaware of the fraud.')).toEqual([]);
  });

  it('"would neither use weapons first nor …" denies the harm; "neither side would be spared from the violence" still warns', () => {
    expect(fearsOf('The ministry said it would neither use nuclear weapons first nor aid other countries in building them.')).toEqual([]);
    expect(fearsOf('The ministry warned that neither side would be spared from the violence.')).toEqual(['neither side would be spared from the violence']);
  });
});

describe('stop 84: "of particular concern to" a group', () => {
  it('a modifier between "of" and "concern" still names who holds it, and the copula\'s subject is what is feared', () => {
    const [concern] = concernsOf('The rising cost of the harbour wall is of particular concern to the Harbour Board.');
    expect(concern?.holder).toBe('Harbour Board');
    expect(concern?.fear).toBe('The rising cost of the harbour wall');
  });
});

describe('stop 84: a worry inside a relative clause set off by commas', () => {
  it("ends where the clause closes, before the main clause's verb", () => {
    expect(fearsOf('Members of the board, who were outraged by the mayor’s request, wanted answers from the council.')).toEqual(['the mayor’s request']);
    expect(fearsOf('Residents, who fear the dam will burst, met the mayor on Monday.')).toEqual(['the dam will burst']);
  });

  it('a comma inside the clause\'s own object is no close ("voters, especially his supporters, disenfranchised")', () => {
    expect(fearsOf('Lee has blasted the voting rules, which he said run the risk of leaving voters, especially the young, disenfranchised.')).toEqual([
      'leaving voters, especially the young, disenfranchised',
    ]);
  });
});

describe("stop 84: a worry's noun phrase ends before a clause or the main verb", () => {
  it('"his concerns about the call, as he deflected …" and "combined with worries over demand, sent prices lower"', () => {
    expect(fearsOf('Lee told the board it was his duty to report his concerns about the pier, as he deflected attacks on his record.')).toEqual(['the pier']);
    expect(fearsOf('The oversupply, combined with some worries over demand next year, sent prices lower.')).toEqual(['demand next year']);
  });

  it('"as well as" joins a second worry and stays', () => {
    expect(fearsOf('Voters listed concerns about the health of the economy, as well as worries over the new dam.')).toEqual([
      'the health of the economy, as well as worries over the new dam',
    ]);
  });
});

describe('stop 84: more verbs that voice a worry', () => {
  it('"registered his concerns", "lodged concerns": the subject holds them', () => {
    expect(concernsOf('Lt. Col. Ann Vindman had registered her concerns about the call with the lead counsel.')[0]?.holder).toBe('Ann Vindman');
    expect(concernsOf('The Harbour Board lodged concerns about the new pier with the council.')[0]?.holder).toBe('Harbour Board');
  });

  it('a motion, a letter or a resolution that condemns or warns is its author\'s ("tabled a motion condemning", "signed a letter warning")', () => {
    expect(concernsOf('Keith Marr tabled a motion condemning the abuse.')[0]?.holder).toBe('Keith Marr');
    expect(concernsOf('The senators signed a letter warning of a shutdown.')[0]?.holder).toBe('senators');
  });
});

describe('stop 84: "consider that" is a belief whose subject holds the worry', () => {
  it('"Critics consider that the plan may lead to abuses" is the critics\'', () => {
    expect(concernsOf('Harbour critics consider that the new law may lead to abuses of power.')[0]?.holder).toBe('Harbour critics');
  });
});
