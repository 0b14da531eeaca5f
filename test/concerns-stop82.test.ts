// Stated concerns (stop 82, from a judged sample of PolNeAR articles outside the labelled forty): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import type { ConcernItem } from '../src/types.js';
import { analyzeParagraphs } from './helpers/analyze.js';

const concernsOf = (...paragraphs: string[]): ConcernItem[] => analyzeParagraphs('A headline for the test', ...paragraphs).concerns;

describe('stop 82', () => {
  it('a harm that frames the time or the concession of what is reported ("despite the crisis", "during the war") is its background', () => {
    expect(concernsOf('The chain announced plans to open 175 new restaurants this year despite the global economic crisis.')).toEqual([]);
    expect(concernsOf('The minister said the bonuses could be justified, even during a financial crisis.')).toEqual([]);
    expect(concernsOf('He said the deal was agreed in the wake of the 2008 crash.')).toEqual([]);
    // The harm itself, voiced as what may come, stays a concern.
    expect(concernsOf('The minister said the cuts could cause a financial crisis.')).toHaveLength(1);
    // A worry beside the frame is still voiced.
    expect(concernsOf('Despite the crisis, officials warned that the banks could collapse.')).toHaveLength(1);
  });
});

describe('stop 82: holders', () => {
  it('a group of a known kind with an owner ("Clinton\'s allies") holds the worry it is the subject of', () => {
    const worried = concernsOf('Hillary Clinton raised money.', "Clinton's allies have long been concerned that the super PAC will run out of money.");
    expect(worried.map((c) => c.holder)).toEqual(["Clinton's allies"]);
  });
});
