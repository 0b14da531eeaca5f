// A serial comma before a list's last item ("A, B, and C") does not end the feared clause; ", and" before a new clause does.
import { describe, expect, it } from 'vitest';
import { maskSerialAnd } from '../src/analyze/serial-list.js';
import { analyzeParagraphs } from './helpers/analyze.js';

const fearsOf = (paragraph: string): (string | null)[] => analyzeParagraphs('A headline for the test', paragraph).concerns.map((item) => item.fear);

describe('maskSerialAnd', () => {
  it('blanks the ", and" before the last short item of a list of three, keeping every offset', () => {
    const text = 'its losses, its business model, and its corporate governance';
    const masked = maskSerialAnd(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain(', and');
    expect(maskSerialAnd('Greece, Portugal, and Spain.')).not.toContain(', and');
  });

  it('keeps ", and" before a clause with its own subject, a long clause, or after only two items', () => {
    expect(maskSerialAnd('the troops would stay, the police would leave, and we would be alone')).toContain(', and');
    expect(maskSerialAnd('prices rose, wages fell, and the central bank cut its main rate again in March')).toContain(', and');
    expect(maskSerialAnd('the plan failed, and the cost')).toContain(', and');
    expect(maskSerialAnd('in the 2001 attacks, and the U.S. has never formally accused its ally of complicity')).toContain(', and');
    expect(maskSerialAnd('for hazy, possibly superstitious reasons, and then, after a week, moved out')).toContain(', and');
  });
});

describe('a feared list with a serial comma', () => {
  it("keeps the list's last item in the fear", () => {
    expect(fearsOf('Investors are worried about the cost, the delay, and the risk.')).toEqual(['the cost, the delay, and the risk']);
    expect(fearsOf('The union warned of a threat to jobs, to pensions, and to safety.')).toEqual([
      expect.stringContaining('to jobs, to pensions, and to safety'),
    ]);
  });

  it('still ends the fear at ", and" before a new clause', () => {
    const [fear] = fearsOf('The mayor warned that the dam could fail, and the council voted to close the road on Monday.');
    expect(fear).toBe('the dam could fail');
  });
});

describe('an unconfirmed claim with a serial comma', () => {
  const claimsOf = (paragraph: string): string[] => analyzeParagraphs('A headline for the test', paragraph).unconfirmed.map((item) => item.claim);

  it("keeps the list's last item in the claim", () => {
    expect(claimsOf('The Wrap claims that Pine will be back, along with Tom Hill, Ann Lee, and Karl Urban.')).toEqual([
      'Pine will be back, along with Tom Hill, Ann Lee, and Karl Urban',
    ]);
  });

  it('ends the claim before an inverted "wrote" credit as before a "said" one', () => {
    expect(claimsOf('"Many voters may choose a candidate for this reason," wrote Tom Goldstein, a publisher.')).toEqual([
      'Many voters may choose a candidate for this reason',
    ]);
  });
});
