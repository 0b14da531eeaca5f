// Concerns (stop 106): holders the subject names past what stands between it and the worry.
import { describe, expect, it } from 'vitest';
import { concernsOf, holdersAndFears } from './helpers/analyze.js';

describe('stop 106: an adverb after "have" is no object put in a worried state', () => {
  it.each([
    [
      'American officials have long worried about Saudi Arabia’s role in promoting a hard-line strain of Islam.',
      'American officials | Saudi Arabia’s role in promoting a hard-line strain of Islam',
    ],
    ['Officials have often worried about the role of the banks.', 'Officials | the role of the banks'],
  ])('%s', (paragraph, expected) => {
    expect(holdersAndFears(paragraph)).toEqual([expected]);
  });
  it('an object between "has" and the worry still holds it (guard)', () => {
    expect(holdersAndFears('The vote has investors worried about the role of the banks.')).toEqual(['investors | the role of the banks']);
  });
});

describe('stop 106: a worry adjective joined to the copula’s first complement shares its subject', () => {
  it('Voters … were unhappy with the government and worried about …', () => {
    expect(holdersAndFears('Voters in both parties were unhappy with the government and worried about the U.S. economy.')).toEqual([
      'Voters in both parties | the U.S. economy',
    ]);
  });
  it('a passive joined by "and" still names no holder (guard)', () => {
    expect(holdersAndFears('The students were mocked and criticized for their protest.').map((c) => c.split(' | ')[0])).toEqual(['-']);
  });
});

describe('stop 106: a "who" after a preposition’s object stands for that object', () => {
  it('That is hardly an anomaly for Kaine, who criticized fellow Democrats …', () => {
    expect(
      holdersAndFears('That is hardly an anomaly for Kaine, who criticized fellow Democrats for seeking a higher tax rate.').map((c) => c.split(' | ')[0]),
    ).toEqual(['Kaine']);
  });
  it('an article after the preposition opened the antecedent already (guard)', () => {
    expect(holdersAndFears('He spoke in an interview with the mayor, who criticized the plan as reckless.').map((c) => c.split(' | ')[0])).toEqual(['mayor']);
  });
  it('a preposition inside a body’s name is not cut at (guard)', () => {
    expect(
      holdersAndFears('Sanders invited Matt Duss, the president of the Foundation for Middle East Peace, who criticizes the Israeli government.').map(
        (c) => c.split(' | ')[0],
      ),
    ).not.toContain('Middle East Peace');
  });
});

describe('stop 106: "are" before a reporting verb stands between it and its subject', () => {
  it('Party leaders are saying that they are nervous …', () => {
    expect(concernsOf('Party leaders met on Monday.', 'Party leaders are saying that they are nervous about the attacks.').map((c) => c.holder)).toEqual([
      'Party leaders',
    ]);
  });
  it('internet advocates have been warning us about …', () => {
    expect(
      concernsOf('The deal was announced.', 'It is the scenario that internet advocates and observers have been warning us about.').map((c) => c.holder),
    ).toEqual(['internet advocates and observers']);
  });
  it('those threatened hold no worry (guard)', () => {
    expect(concernsOf('The deal was announced.', 'The army must respond should its allies be threatened.').map((c) => c.holder)).not.toContain('allies');
  });
  it('a body after a copula is no subject "they" could stand for (guard)', () => {
    const holders = concernsOf(
      'Murphy’s campaign is tying the House bill to Rubio, who supported the bill.',
      'They are saying his vote is a signal he wants to play politics and not solve the funding problem.',
    ).map((c) => c.holder);
    expect(holders).not.toContain('House');
  });
});
