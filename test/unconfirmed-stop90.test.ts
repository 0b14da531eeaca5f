// What remains unconfirmed (stop 90, from a judged sample): hand-written examples of each rule, with the sense each must not take.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('stop 90: what "were reported" with no reporter leaves open', () => {
  it('"Power cuts have been reported." and "Three blasts were reported in the harbour" are unverified, claimed subject and all', () => {
    expect(only('Power cuts have been reported.')?.kind).toBe('unverified');
    const blasts = only('Three blasts were reported in the harbour late on Friday.');
    expect(blasts?.kind).toBe('unverified');
    expect(blasts?.claim).toBe('Three blasts were reported in the harbour late on Friday');
  });
  it('"Four sailors were reported missing" is unverified', () => {
    expect(only('Four sailors were reported missing after the storm.')?.kind).toBe('unverified');
  });
  it('findings reported in a journal, and a report made to someone, are no second-hand claims (guard)', () => {
    expect(only('The results were reported in the journal Nature.')).toBeUndefined();
    expect(only('The losses were reported to the board on Monday.')).toBeUndefined();
  });
});
