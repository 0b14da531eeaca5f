// Stated concerns (stop 90, from a judged sample): hand-written examples of each rule, with the sense each must not take.
import { describe, expect, it } from 'vitest';
import { concernsOf } from './helpers/analyze.js';

describe("stop 90: worries that are few, nobody's, or compared away", () => {
  it('"with few health concerns" and "Nobody laments the loss" voice no worry', () => {
    expect(concernsOf('People in the harbour town now reach old age with few health concerns.')).toEqual([]);
    expect(concernsOf('Nobody laments the demise of the old ferry.')).toEqual([]);
    expect(concernsOf('None of these potential problems is likely to delay the pier, Ann Lee said.')).toEqual([]);
  });
  it('"less likely than feared" and "rather than criticise him" compare the worry away', () => {
    expect(concernsOf('Strikes are less likely to occur at the harbour than feared, because the crews are content.')).toEqual([]);
    expect(concernsOf('Tom Marr said that if people are angry, they should change the rules rather than criticize him.')).toEqual([]);
  });
  it('"a few concerns" are some, and "worse than feared" still fears (guard)', () => {
    expect(concernsOf('Ann Lee raised a few concerns about the safety of the pier.').map((c) => c.holder)).toEqual(['Ann Lee']);
    expect(concernsOf('The damage to the pier was far worse than feared, Ann Lee said.').map((c) => c.holder)).toEqual(['Ann Lee']);
  });
});
