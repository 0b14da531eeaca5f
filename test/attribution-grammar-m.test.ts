// Stop 49: speakers found wrong or missing in the PolNeAR speaker errors (hand-written examples).
import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/analyze.js';

describe('phrasal verbs of saying before the quotation', () => {
  it('credits the subject of "went on about" and "used the words"', () => {
    expect(speakerOf('The crowd was restless, and as Mayor Ann Lee went on about “how the harbour plan was stolen,” the lights went out.')).toBe('Ann Lee');
    expect(speakerOf('When Mayor Ann Lee used the words, “I am not quite ready yet,” she was echoing the governor.')).toBe('Ann Lee');
  });
});

describe('an opening time phrase before a role that speaks', () => {
  it('credits the role, not the time phrase nor the possessor', () => {
    expect(speakerOf('On Monday, the union spokesman said: "The union is determined to get on with the talks this week."')).toBe('union spokesman');
    const text = 'Tom Wells met the board on Friday. On Monday, Mr Wells\'s spokesman said: "The union is determined to get on with the talks this week."';
    expect(speakerOf(text)).toBe("Mr Wells's spokesman");
  });
});
