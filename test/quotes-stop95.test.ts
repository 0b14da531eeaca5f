// Quotations and titles (stop 95): a role the eight-word cap cut keeps the "at" phrase naming where the person works.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const speakersOf = (...paragraphs: string[]) => analyzeParagraphs('A headline for the test', ...paragraphs).quotes.map((q) => q.speaker);

describe('stop 95: a long role keeps where the person works', () => {
  it('"… professor of communications at Rider University in Lawrenceville, N.J." keeps the university, not the town', () => {
    const [speaker] = speakersOf(
      '"We are not sure," said Myra Gutin, a first lady historian and professor of communications at Rider University in Lawrenceville, N.J.',
    );
    expect(speaker).toMatchObject({ name: 'Myra Gutin', title: 'first lady historian and professor of communications at Rider University' });
  });
  it('"… for China at the International Monetary Fund" is not cut inside the fund\'s name', () => {
    const [speaker] = speakersOf('"Sure," said Wu Lan, the former executive director for China at the International Monetary Fund.');
    expect(speaker?.title).toBe('former executive director for China at the International Monetary Fund');
  });
  it('the first of two "at" phrases ends the role at 14 words at most', () => {
    const [speaker] = speakersOf(
      '"It is bad," said Ian Hamilton, an expert in drug use and mental health at the Department of Health Sciences at the University of York.',
    );
    expect(speaker?.title).toBe('expert in drug use and mental health at the Department of Health Sciences');
  });
  it('a second role after "and" is not carried on to its "at" phrase (guard)', () => {
    const [speaker] = speakersOf('"It works," said Tom Reed, a senior adviser to the mayor of the city and a former lecturer at Leeds University.');
    expect(speaker?.title).not.toContain('Leeds');
  });
});

describe('stop 95: an age between commas before the role', () => {
  it('"Marley Anderson, 21, a junior from Las Vegas" is titled as if the age were not there', () => {
    const [speaker] = speakersOf('"I turned out for her," said Marley Anderson, 21, a junior from Las Vegas.');
    expect(speaker).toMatchObject({ name: 'Marley Anderson', title: 'junior from Las Vegas' });
  });
  it('"Luay Sami, 33, the community center\'s program coordinator, came …" titles his later quote', () => {
    const [speaker] = speakersOf(
      "Luay Sami, 33, the community center's program coordinator, came to Clarkston from Iraq in 2011.",
      '"It was a long wait for all of us," Sami said.',
    );
    expect(speaker).toMatchObject({ name: 'Luay Sami', title: "community center's program coordinator" });
  });
  it('an age before a place ("Mona Lamberson, 59, of North Philadelphia") gives no role, only the place (stop 98: an affiliation)', () => {
    const [speaker] = speakersOf('"He is kind of new to this," said Mona Lamberson, 59, of North Philadelphia.');
    expect(speaker).toMatchObject({ name: 'Mona Lamberson', title: 'of North Philadelphia' });
  });
  it('a role cut before a clause drops the preposition left open ("owner of a store near where …")', () => {
    const [speaker] = speakersOf('"He opened the door," said Diego Jeronimo, the owner of a store near where the gun battle unfolded.');
    expect(speaker?.title).toBe('owner of a store');
  });
});

describe('stop 95: kin named by a possessive is a title', () => {
  it('"Patti Davis, Ronald Reagan’s daughter," is titled by whose daughter she is', () => {
    const [speaker] = speakersOf('"She was a wonderful mother to all of us," said Patti Davis, Ronald Reagan’s daughter.');
    expect(speaker).toMatchObject({ name: 'Patti Davis', title: 'Ronald Reagan’s daughter' });
  });
  it('a possessive before a word that is neither role nor kin gives no title (guard)', () => {
    const [speaker] = speakersOf('"She was a wonderful mother to all of us," said Patti Davis, Ronald Reagan’s favourite.');
    expect(speaker?.title ?? null).toBeNull();
  });
});

describe('stop 95: an office a sentence of narration opens on titles the person named just before', () => {
  it('"Michelle Obama sees despair … The first lady suggested …" titles her later quote', () => {
    const [speaker] = speakersOf(
      'Michelle Obama sees despair in America.',
      'The first lady suggested that the election has drained the country of hope.',
      '"Now we are feeling what not having hope feels like," she said.',
    );
    expect(speaker).toMatchObject({ name: 'Michelle Obama', title: 'first lady' });
  });
  it("an office whose sentence names the person again is someone else's (guard)", () => {
    const [speaker] = speakersOf(
      'Mr Ebbers is on trial for fraud and conspiracy.',
      'The former finance officer said Mr Ebbers knew about the improper accounting entries.',
      '"I knew nothing about any of the entries at all," Mr Ebbers said.',
    );
    expect(speaker?.title ?? null).toBeNull();
  });
  it('a judgement is no office ("The most unlikely candidate") (guard)', () => {
    const [speaker] = speakersOf(
      'Ben Carson stayed in the race.',
      'The most unlikely candidate kept on campaigning.',
      '"I am still here and I am not going anywhere," Carson said.',
    );
    expect(speaker?.title ?? null).toBeNull();
  });
  it('two people in the sentence before leave the office unplaced (guard)', () => {
    const [speaker] = speakersOf(
      'Donald Trump attacked Hillary Clinton on Monday.',
      'The senator replied within the hour.',
      '"That is simply not what happened at all," Trump said.',
    );
    expect(speaker?.title ?? null).toBeNull();
  });
});

describe('stop 95: a title word that names no office on its own', () => {
  it('"The party was a success" titles nobody "party" (guard)', () => {
    const [speaker] = speakersOf(
      'Tom Hill wrote plays for years.',
      'The party was a success.',
      '"Once I wrote a short play on a napkin for the party," Hill said.',
    );
    expect(speaker).toMatchObject({ name: 'Tom Hill', title: null });
  });
});

describe('stop 95: "the source" is the unnamed person the article described', () => {
  it('"a source close to him said" … "the source said" prints the description', () => {
    const [speaker] = speakersOf(
      'Cruz will be re-evaluating how he approaches his colleagues, a source close to him said.',
      '"You do not have to have all the negativity that emerged," the source said.',
    );
    expect(speaker).toMatchObject({ name: 'source close to him', kind: 'unknown' });
  });
  it('a description stops before its verb ("A spokesperson for the king explained …")', () => {
    const [speaker] = speakersOf(
      'A spokesperson for the king explained the decision.',
      '"He will be guided by the prime minister in all matters," the spokesperson said.',
    );
    expect(speaker?.name).toBe('spokesperson for the king');
  });
  it('two people described with the same noun leave the bare noun (guard)', () => {
    const [speaker] = speakersOf(
      'A source close to the mayor said the deal was off.',
      'A source at City Hall said it was still alive.',
      '"Nobody knows what will happen with it next week," the source said.',
    );
    expect(speaker?.name).toBe('source');
  });
  it('a predicate ("He is a senior official at the Pentagon") describes no unnamed person (guard)', () => {
    const [speaker] = speakersOf('He is a senior official at the Pentagon.', '"Nobody knows what will happen with it next week," the official said.');
    expect(speaker?.name).not.toBe('senior official at the Pentagon');
  });
});
