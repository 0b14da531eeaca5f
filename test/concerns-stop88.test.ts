// Concerns (stop 88, from a judged sample): words of mass killing and armed revolt are harms a source may voice.
import { describe, expect, it } from 'vitest';
import { concernsOf } from './helpers/analyze.js';

describe('stop 88: harm words', () => {
  it('"feeds the insurgency", "slaughter these people", "more bloodshed" are voiced harms', () => {
    for (const sentence of [
      '“The large presence of foreign forces on the ground feeds the insurgency,” the senator said.',
      '“He bought a gun to slaughter these good people,” the police chief said.',
      '“There will be more bloodshed in the valley,” the mayor said.',
    ]) {
      expect(concernsOf(sentence).map((c) => c.holder)).toEqual([expect.stringMatching(/senator|police chief|mayor/)]);
    }
  });
  it('"an insurgent candidate" is a campaign, not a harm', () => {
    expect(concernsOf('“New Hampshire often flirts with the insurgent candidate and then comes back home,” the professor said.')).toEqual([]);
  });
});
