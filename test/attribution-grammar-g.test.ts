// A name after a preposition is inside a larger subject, and a clause after the quotation that reports something else (hand-written examples).
import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/analyze.js';

/** The speaker credited with the last quotation of at least four words. */
describe('a name governed by a preposition', () => {
  it.each([
    ['A memo obtained by the Harbor Gazette warns that “the ferry fund will run dry before the end of the year.”', null],
    ['The union’s leaflet to its members states that the offer “falls far short of what the drivers were promised.”', null],
    [
      'In a filing made last week in the dispute over Carl Brandt’s contract, the city council said it was “reviewing every payment made to the firm.”',
      'city council',
    ],
    ['A statement from the Harbor Commission said the ferry would “return to full service before the summer season.”', 'Harbor Commission'],
  ])('%s', (text, speaker) => {
    const found = speakerOf(text);
    if (speaker === null) expect(found).toBeNull();
    else expect(found ?? '').toContain(speaker);
  });
});

describe('a clause after the quotation that reports something else', () => {
  it.each([
    ['Ann Lee said she was “still weighing both of the offers” until Tom Becker said he would match the higher one.', 'Ann Lee'],
    ['Ann Lee said she would make the budget “balance by the end of the year,” for example, and Tom Becker promised to cut the fares.', 'Ann Lee'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('openings that name no one', () => {
  // Better no speaker than the opening adverb or the clause itself.
  it.each([
    ['Here in Dover, Ann Lee stepped up her attack on the fares, saying, “Nobody should pay more to ride a slower ferry.”', 'Here'],
    ['On Monday, Lee made clear that the vote was not about her, saying those who thought so should “read the minutes again.”', 'made clear'],
  ])('%s', (text, wrong) => {
    expect(speakerOf(text) ?? '').not.toContain(wrong);
  });
});

describe('a gathering is not a person', () => {
  it('does not credit "she" to the Democratic National Convention', () => {
    const found = speakerOf(
      'Two survivors of the flood spoke on Wednesday.',
      '“We want the levees fixed,” she said on stage at the Democratic National Convention.',
      '“Nobody should lose a home the way we did. Nobody should wait this long for help,” she continued.',
    );
    expect(found ?? '').not.toContain('Convention');
  });
});

describe('names in apposition after a description', () => {
  it('credits a pair of names that share a surname, not the description', () => {
    const text = 'The mayor\'s biographers, Paul and Rita Okafor, wrote that he "never once listened to the harbour workers he claimed to speak for."';
    expect(speakerOf(text)).toBe('Rita Okafor');
  });

  it('credits the name after a relative clause and a lower-case role word', () => {
    const text =
      'One of Brandt\'s old allies who still backs the plan, former Ohio Sen. Jane Moss, lives near the pier and wrote in a letter that the vote was "a sad day for every family in this town."';
    expect(speakerOf(text)).toBe('Jane Moss');
  });
});

describe('a name, its role and a second apposition before the verb', () => {
  it('credits the name, not the role', () => {
    const text =
      '"It is an invasion of the town\'s own business," Carl Brandt, the harbour master of Dover, one of the towns suing the ministry, said at an event this month.';
    expect(speakerOf(text)).toBe('Carl Brandt');
  });
});

describe('the asker named after a passive "was asked by"', () => {
  it('ends before "whether", so the name is found past a long question', () => {
    const text =
      'Moss was asked by Harbour Radio host Ann Lee whether his plan for the pier, which the port office estimates would cost $170 million a year, would risk "adding another costly burden to a stretched town budget."';
    expect(speakerOf(text)).toBe('Ann Lee');
  });
});

describe('the object of "described … as"', () => {
  it('is the one described, never the speaker', () => {
    const text =
      'From his "long and rambling speech" last week to his plan for a new "pier tax," Will described Moss as a "danger to every family in this town."';
    expect(speakerOf(text)).not.toBe('Moss');
  });
});

describe('an adverb between an appositive and its verb', () => {
  it('does not hide the name before the appositive', () => {
    const text =
      'Most agree (Carl Brandt, who wrote the first history of the port, once said, "It happened so many times, first to the fishermen, then to the dockers").';
    expect(speakerOf(text)).toBe('Carl Brandt');
  });
});

describe('a pronoun after the quotation that repeats a named subject before it', () => {
  it('credits the name, not an earlier person the pronoun could also mean', () => {
    const text = 'Mayor Ann Lee spoke first. Asked about the pier on Tuesday, Okafor said "I know nothing about the pier or its money," she said.';
    expect(speakerOf(text)).toBe('Okafor');
  });
});
