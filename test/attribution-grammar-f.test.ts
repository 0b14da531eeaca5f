// Subjects past a time phrase, shared by coordinated verbs, a pair of names, "known as", and "with X yelling" (hand-written examples).
import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/analyze.js';

/** The speaker credited with the last quotation of at least four words. */
describe('the subject of a reporting verb', () => {
  it.each([
    ['Marsh later Thursday told local radio: “We will not back down on the school budget this year.”', 'Marsh'],
    ['Carl Brandt thought for a moment and said that the plan, “as far as I can tell, is simply not ready for a vote.”', 'Carl Brandt'],
    ['Asked about the strike, Brandt paused and then said that “nobody in this building wants the buses to stop.”', 'Brandt'],
    ['Housing analysts Dana Whitfield and Tom Becker wrote that the rents had “risen faster than at any time in the last decade.”', 'Dana Whitfield'],
    [
      '“Rents have risen faster than at any time in the last decade,” analysts Dana Whitfield and Tom Becker of the Harbor Institute wrote in May.',
      'Dana Whitfield',
    ],
    ['“We never saw the trucks come in at night,” said the night guard known as Joe.', 'Joe'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('carries the earlier full name to a surname past "later Thursday"', () => {
    expect(
      speakerOf('Governor Ellen Marsh spoke to the crowd.', 'Marsh later Thursday told local radio: “We will not back down on the school budget this year.”'),
    ).toBe('Ellen Marsh');
  });
});

describe('a participle', () => {
  it.each([
    [
      'On Friday, after staying quiet for months, Senator Ruth Alder appeared with the mayor and officially endorsed Carl Brandt, saying, “He is the right person for this job now.”',
      'Ruth Alder',
    ],
    ['The meeting ended in chaos, with Brandt reportedly yelling: “You have no right to close this plant without a vote.”', 'Brandt'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('a pronoun', () => {
  it('means a person named in its own paragraph before a subject in an earlier one', () => {
    expect(
      speakerOf(
        'Mayor Carl Brandt said on Monday that the port would reopen soon.',
        'However, as harbour master Tom Becker of the port authority told reporters, “The cranes will not move before the spring at the very earliest.” He added, “We are still waiting on the parts from the supplier in Rotterdam.”',
      ),
    ).toBe('Tom Becker');
  });

  it('still means the subject of an earlier paragraph when its own names no one', () => {
    expect(
      speakerOf(
        'Mayor Carl Brandt said on Monday that the port would reopen soon.',
        'The harbour has been closed since March.',
        '“We are still waiting on the parts from the supplier in Rotterdam,” he said.',
      ),
    ).toBe('Carl Brandt');
  });
});
