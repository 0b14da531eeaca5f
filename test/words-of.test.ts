import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/analyze.js';

// "in X's words," / "in the words of X," right before a quotation: X's words, not the sentence subject's.
describe('in the words of a named source', () => {
  it('credits the possessive before "words"', () => {
    expect(
      speakerOf(
        'The Harbour Fair, which brings together traders from six ports, was held in Dover because, in Coast Monthly’s words, "it is the busiest port on the whole coast."',
      ),
    ).toBe('Coast Monthly');
  });

  it('credits the phrase after "the words of"', () => {
    expect(speakerOf('The old pier was, in the words of harbour master Ann Lee, "a danger to every swimmer in town."')).toBe('Ann Lee');
  });

  it('credits a sentence-initial "In X\'s own words"', () => {
    expect(speakerOf('In Tom Hill’s own words, "the ferry will never run on time again."')).toBe('Tom Hill');
  });

  it('leaves "in other words" to the other rules', () => {
    expect(speakerOf('In other words, "the pier will be closed for the whole of the summer season."')).toBeNull();
  });
});
