// Precision round: where a rule guessed a speaker the sentence does not name, it now abstains or finds the right one (hand-written examples).
import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/analyze.js';

describe('a role after an opening phrase', () => {
  it('is the subject, not a place named inside the opening phrase', () => {
    expect(speakerOf('At the meeting in Dover on Monday, the harbour master retorted: "There is no money left for the pier this year."')).toBe(
      'harbour master',
    );
  });

  it('still gives way to the name it stands in apposition to', () => {
    expect(speakerOf('Ann Lee, the harbour master retorted: "There is no money left for the pier this year."')).toBe('Ann Lee');
  });
});
