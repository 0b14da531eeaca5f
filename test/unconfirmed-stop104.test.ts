// Unconfirmed claims (stop 104): "far from certain / clear / sure" states a gap, as "not clear" does.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed } from './helpers/analyze.js';

describe('stop 104: "far from certain" is a stated gap', () => {
  it.each([
    [
      "It is far from certain that Mr. Manafort's views have directly shaped Mr. Trump's.",
      'far from certain',
      "Mr. Manafort's views have directly shaped Mr. Trump's",
    ],
    ['It is still far from clear how future administrations will view the deal.', 'far from clear', 'how future administrations will view the deal'],
  ])('"%s" → %s: "%s"', (sentence, cue, claim) => {
    expect(onlyUnconfirmed(sentence)).toMatchObject({ cue, claim, kind: 'gap' });
  });
  it('"far from assured of" a good outcome is no gap (guard)', () => {
    expect(onlyUnconfirmed('Democrats are far from assured of a smoothly functioning economy next year.')).toBeUndefined();
  });
});
