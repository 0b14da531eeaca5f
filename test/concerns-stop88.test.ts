// Concerns (stop 88, from a judged sample): words of mass killing and armed revolt are harms a source may voice.
import { describe, expect, it } from 'vitest';
import { concernsOf, fearsOf } from './helpers/analyze.js';

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

describe('stop 88: the fear after a speech participle', () => {
  it('", eventually saying he would be a disaster": the fear is what the participle reports', () => {
    expect(
      fearsOf(
        'Senator Ada Reyes of Ohio, who is running second to Mr. Hale in many states, stuck to policy at first but gradually turned tougher against Mr. Hale, eventually saying he would be a disaster as the party standard-bearer.',
      ),
    ).toEqual(['he would be a disaster as the party standard-bearer']);
  });
  it('"saying in an interview with CNN, …" leaves out where it was said', () => {
    expect(
      fearsOf(
        'Also, Vice Premier Tomas Berg questioned the reported casualty count in the valley, saying in an interview with CNN, "the numbers of the victims in the valley are not acceptable.',
      ),
    ).toEqual(['"the numbers of the victims in the valley are not acceptable.']);
  });
  it('"adding to a mounting series of problems" is no speech (guard)', () => {
    expect(fearsOf('The regulator is investigating the firm, adding to a mounting series of problems that have hurt it.')).not.toContain(
      'to a mounting series of problems that have hurt it.',
    );
  });
});

describe('stop 88: "threat for …" names who is at risk', () => {
  it('"the greatest threat for the world is X" fears X, not "the world"', () => {
    expect(fearsOf('The mayor said that the greatest threat for the harbour is the rising sea and its storms.')).toEqual([
      'threat for the harbour is the rising sea and its storms',
    ]);
  });
  it('"fears for the safety of the crew" still fears for their safety (guard)', () => {
    expect(fearsOf('Officials voiced fears for the safety of the crew.')).toEqual(['the safety of the crew']);
  });
});
