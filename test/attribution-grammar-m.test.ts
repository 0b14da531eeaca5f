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

describe('a medium before a document noun', () => {
  it('is not the document’s owner', () => {
    expect(speakerOf('A campaign TV ad released on Monday accuses the mayor of “selling the harbour to his friends.”')).toBe(null);
    expect(speakerOf('According to the school’s Facebook post, the teacher was travelling because “her mother was ill in Cairo.”')).toBe(null);
    expect(speakerOf('The Harbour Party’s new Web ad says the mayor is “too old for the job.”')).toBe('Harbour Party');
  });
});

describe('a noun of speech with its owner before "that" and the quotation', () => {
  it('credits the owner, a "his" or "her" only through a "he" or "she" in the sentence', () => {
    expect(speakerOf('Tom Hill spoke on Friday. He was asked about his statement on Monday that “the harbour belongs to the fishermen.”')).toBe('Tom Hill');
    expect(speakerOf('The letter contradicts earlier comments from former harbour master Ann Lee that “no boat was ever at risk that night.”')).toBe('Ann Lee');
    // No "she" in the sentence: "her" is left to the subject, not the woman named last.
    const text = 'Ann Lee spoke first. Mayor Joan Hill, a friend of Ann Lee, drew fire over her remark that “the harbour is not for sale at any price.”';
    expect(speakerOf(text)).toBe('Joan Hill');
  });
});
