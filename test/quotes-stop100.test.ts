// Speakers and titles (stop 100): a courtesy title's sex against the one full name an article gives a surname.
import { describe, expect, it } from 'vitest';
import { titleSex } from '../src/analyze/name-gender.js';
import { analyzeParagraphs } from './helpers/analyze.js';

const speakers = (...paragraphs: string[]): Array<string | undefined> =>
  analyzeParagraphs('A headline for the test', ...paragraphs).quotes.map((q) => q.speaker?.name);

describe('stop 100: "Mr. Kessel" is not the one Kessel named in full when she is a woman', () => {
  it('reads a kin word as a title with a sex', () => {
    expect(['daughter', 'wife', 'widow', "the president's granddaughter"].map(titleSex)).toEqual(['f', 'f', 'f', 'f']);
    expect(['son', 'husband', 'grandfather', 'nephew'].map(titleSex)).toEqual(['m', 'm', 'm', 'm']);
    expect(['person', 'Mason', 'reason'].map(titleSex)).toEqual([null, null, null]);
  });
  it('keeps "Mr. Kessel" apart from his daughter, Ivonka Kessel', () => {
    const names = speakers(
      'President Kessel met ministers on Tuesday, with his daughter, Ivonka Kessel, beside him.',
      '“We are all happy for you,” Mr. Kessel said.',
    );
    expect(names).toEqual(['Kessel']);
  });
  it('still gives "Ms. Kessel" her full name (guard)', () => {
    expect(speakers('Ivonka Kessel joined the talks on Tuesday.', '“We are all happy for you,” Ms. Kessel said.')).toEqual(['Ivonka Kessel']);
  });
});

describe('stop 100: a "that" clause inside the pronoun\'s own sentence names no speaker', () => {
  it('gives "he says" after an aside naming another man to the man named before', () => {
    const names = speakers(
      'Michael Brandt said he might run.',
      "Brandt's pollster, Douglas Shore, says his man has the money. “I don't think the conventional wisdom” -- that Brandt is seen as a liberal -- “is going to last,” he says.",
    );
    expect(names).toEqual(['Douglas Shore', 'Douglas Shore']);
  });
});

describe('stop 100: "Mrs. Marlow" and "Mr. Marlow" keep their pronouns apart', () => {
  const article = [
    "In a year when Bill Marlow's record has faced scrutiny, Hillary Marlow is shaping the role her husband would play.",
    "Mr. Marlow's style appears to resonate with voters in ways Mrs. Marlow's does not, and her aides know it.",
    'Those voters like Mr. Marlow, but view her with more skepticism.',
    'Mrs. Marlow spoke in Kentucky on Sunday. She was brief.',
    '“Jobs, jobs, jobs,” Mrs. Marlow said.',
  ];
  it('gives "Mrs. Marlow" the woman named in full, not the Marlow named first', () => {
    expect(speakers(...article)).toEqual(['Hillary Marlow']);
  });
  it('gives "Mr. Marlow" the man, whom her pronouns had made a woman', () => {
    expect(speakers(...article.slice(0, 4), '“Jobs, jobs, jobs,” Mr. Marlow said.')).toEqual(['Bill Marlow']);
  });
});

describe('stop 100: a person noun before a name may own the pronoun after it', () => {
  it('does not make Bill Marlow a woman from "A woman who has accused Bill Marlow … her"', () => {
    const names = speakers(
      'A woman who has accused former President Bill Marlow of assault said on Sunday that Marlow tried to meet her weeks later. She also described a call from Hillary Marlow.',
      'Juanita Brodd, who said Marlow attacked her in 1978, told the story on the radio. She has gone public again as Marlow campaigns for his wife, Hillary Marlow.',
      'On Sunday, she disclosed for the first time that Bill Marlow called her after the attack.',
      '“He called the nursing home that I owned and I did not know that it was him,” she said.',
    );
    expect(names).toEqual(['Juanita Brodd']);
  });
});

describe('stop 100: a title stated only in a clause another person states, asks or supposes is none', () => {
  const titleOf = (...paragraphs: string[]): Array<string | null | undefined> =>
    analyzeParagraphs('A headline for the test', ...paragraphs).quotes.map((q) => q.speaker?.title);
  it.each([
    'Aides said they would not accept any declaration by party leaders that Ann Lee is the presumptive nominee.',
    'And if Ann Lee is the presumptive nominee, he said, he would consider a third-party candidate.',
  ])('"%s" gives Ann Lee no title', (sentence) => {
    expect(titleOf('Ann Lee spoke in Ohio on Sunday.', sentence, '“We will fight on,” Ann Lee said.')).toEqual([null]);
  });
  it('a sentence of its own still does (guard)', () => {
    expect(titleOf('Ann Lee is the presumptive nominee.', '“We will fight on,” Ann Lee said.')).toEqual(['presumptive nominee']);
  });
});

describe('stop 100: the eight-word cap on a role does not cut a name', () => {
  it('keeps "of Miami" in a role that runs into a relative clause', () => {
    const quotes = analyzeParagraphs(
      'A headline for the test',
      '“The data are sound,” said Bruce Bagg, a professor of international studies at the University of Miami who has studied the trade.',
    ).quotes;
    expect(quotes[0]?.speaker?.title).toBe('professor of international studies at the University of Miami');
  });
});

describe('stop 100: a lower-case body name goes on through its "and"', () => {
  it('reads "the science and technology committee" whole', () => {
    expect(speakers('“The crisis is real,” the Commons science and technology committee said.')).toEqual(['Commons science and technology committee']);
  });
  it('keeps "the mayor and city council" apart (guard)', () => {
    expect(speakers('“The crisis is real,” the mayor and city council said.')).toEqual(['city council']);
  });
});

describe('stop 100: a verb and its subject before a name are no title', () => {
  const speakerOf = (paragraph: string) => analyzeParagraphs('A headline for the test', paragraph).quotes[0]?.speaker;
  it.each([
    'Officials briefed Ann Lee, who has spoken about “the urgent imperatives of climate change.”',
    'The decision angered Ann Lee, who has spoken about “the urgent imperatives of climate change.”',
  ])('"%s" credits Ann Lee with no title', (paragraph) => {
    expect(speakerOf(paragraph)).toMatchObject({ name: 'Ann Lee', title: null });
  });
  it('keeps a title before the name (guard)', () => {
    expect(speakerOf('Retired Gen. Ann Lee, who has spoken about “the urgent imperatives of climate change,” was there.')).toMatchObject({
      name: 'Ann Lee',
      title: 'Retired Gen.',
    });
  });
});

describe('stop 100: a place or group in capitals between an owner and a bare role', () => {
  it.each([
    ['“We are ready,” said Ann Lee, Clinton’s Iowa state director.', 'Clinton’s Iowa state director'],
    [
      'According to Ann Lee, Clinton’s Latino vote director, the campaign has targeted voters. “We have been on the air for months,” Lee said.',
      'Clinton’s Latino vote director',
    ],
  ])('"%s" titles Ann Lee "%s"', (paragraph, title) => {
    expect(analyzeParagraphs('A headline for the test', paragraph).quotes[0]?.speaker).toMatchObject({ name: 'Ann Lee', title });
  });
  it('a body after the owner is no role (guard)', () => {
    expect(analyzeParagraphs('A headline for the test', '“We are ready,” said Ann Lee, Clinton’s Democratic Party.').quotes[0]?.speaker?.title).toBeNull();
  });
});

describe('stop 100: a party-and-state tag set off by commas', () => {
  const titleOf = (paragraph: string) => analyzeParagraphs('A headline for the test', paragraph).quotes[0]?.speaker?.title;
  it.each([
    ['“We will not back down,” said Sen. Ann Lee, R-Iowa.', 'Sen. (R-Iowa)'],
    ['“We will not back down,” said Sen. Ann Lee, R-Fla., on Tuesday.', 'Sen. (R-Fla.)'],
    ['Rep. Ann Lee, D-Texas, said the plan “will not survive the summer in this form.”', 'Rep. (D-Texas)'],
  ])('"%s" titles her "%s"', (paragraph, title) => {
    expect(titleOf(paragraph)).toBe(title);
  });
  it('a clause after the comma is no tag (guard)', () => {
    expect(titleOf('“We will not back down,” said Sen. Ann Lee, who spoke in Iowa.')).toBe('Sen.');
  });
});
