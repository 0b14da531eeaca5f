// What remains unconfirmed (stop 88, from a judged sample): hand-written examples of each rule, with the sense each must not take.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('stop 88: conditionals', () => {
  it('"X, if elected, might …": a conditional aside right before the modal makes it a hypothetical', () => {
    expect(only('The mayor, if elected, might close the old ferry terminal.')).toBeUndefined();
    expect(only('The mayor, if re-elected next year, would probably close the old ferry terminal.')).toBeUndefined();
  });
  it('"few, if any, apparent …" is no condition, and a modal with no aside stays hedged', () => {
    expect(only('The crew made few, if any, apparent efforts to repair the hull.')?.kind).toBe('hedged');
    expect(only('The mayor might close the old ferry terminal.')?.kind).toBe('hedged');
    expect(only('A new ferry, if it comes at all, would probably not sail until spring.')?.kind).toBe('hedged');
  });
});
