// Stop 49: speakers found wrong or missing in the PolNeAR speaker errors (hand-written examples).
import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/analyze.js';

describe('phrasal verbs of saying before the quotation', () => {
  it('credits the subject of "went on about" and "used the words"', () => {
    expect(speakerOf('The crowd was restless, and as Mayor Ann Lee went on about “how the harbour plan was stolen,” the lights went out.')).toBe('Ann Lee');
    expect(speakerOf('When Mayor Ann Lee used the words, “I am not quite ready yet,” she was echoing the governor.')).toBe('Ann Lee');
  });
});
