// Quotations and titles (stop 98): a role with its body set off before the name, opened by an article or an owner's possessive
// anywhere in the sentence ("asked Fox's director of IT, Deborah Sadusingh,"), and an apposition the sentence's end closes.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const titleOf = (paragraph: string): string | null | undefined =>
  analyzeParagraphs('A headline for the test', 'An opening line.', paragraph).quotes[0]?.speaker?.title;
const quote = '“We have to do much more to stop it.”';

describe('stop 98: a role and its body set off before the name', () => {
  it.each([
    [`When I asked Fox’s director of IT, Deborah Sadusingh, about it, she said, ${quote}`, 'Fox’s director of IT'],
    [`Hunter’s chief of staff, Joe Kasper, said: ${quote}`, 'Hunter’s chief of staff'],
    [`${quote} said France’s secretary of state for the elderly, Pascale Boistard.`, 'France’s secretary of state for the elderly'],
    [`Then the director of the agency, Ruth Imbert, said: ${quote}`, 'director of the agency'],
    [`The president of Refugees International, Ken Bacon, said: ${quote}`, 'president of Refugees International'], // read before (guard)
  ])('"%s" gives "%s"', (paragraph, title) => {
    expect(titleOf(paragraph)).toBe(title);
  });
  it.each([
    `Like the head of the agency, Ruth Imbert said: ${quote}`, // compares, no apposition
    `He wrote to the head of the agency, Ruth Imbert, and she said: ${quote}`, // "to" may open a list
    `The head of the agency said, Ruth Imbert, that ${quote}`, // a verb of saying is no body
  ])('"%s" gives no body title (guard)', (paragraph) => {
    expect(titleOf(paragraph) ?? '').not.toMatch(/head of/);
  });
});

describe('stop 98: an apposition the sentence closes', () => {
  it('reads "said the festival’s executive director, Craig Prater."', () => {
    expect(titleOf(`${quote} said the festival’s executive director, Craig Prater.`)).toBe('executive director');
  });
  it('reads no role from a clause before the comma (guard)', () => {
    expect(titleOf(`${quote} After the chairman resigned, Craig Prater said.`) ?? null).toBeNull();
  });
});

describe('stop 98: a rank before a capitalised title stays with it', () => {
  it.each([
    [`${quote} said deputy Prime Minister Ruth Imbert.`, 'deputy Prime Minister'],
    [`${quote} said senior executive VP Bill Shine.`, 'senior executive VP'],
    [`${quote} said former deputy Prime Minister Ruth Imbert.`, 'former deputy Prime Minister'],
    [`${quote} said former Vice President Joe Biden.`, 'former Vice President'], // read before (guard)
  ])('"%s" gives "%s"', (paragraph, title) => {
    expect(titleOf(paragraph)).toBe(title);
  });
  it('puts no rank before a peer’s form of address (guard)', () => {
    expect(titleOf(`${quote} said the party’s elections chief Lord Rennard.`)).toBe('Lord');
  });
});

describe('stop 98: a role asked for by its office finds no one of a rank below it', () => {
  const speakerOf = (lead: string, paragraph: string): string | null | undefined =>
    analyzeParagraphs('A headline for the test', lead, paragraph).quotes[0]?.speaker?.name;
  it('"the prime minister" is not the Deputy Prime Minister', () => {
    expect(speakerOf('Deputy Prime Minister Ruth Imbert spoke in Paris.', `${quote} the prime minister said.`)).not.toBe('Ruth Imbert');
  });
  it('"the deputy prime minister" is (guard)', () => {
    expect(speakerOf('Deputy Prime Minister Ruth Imbert spoke in Paris.', `${quote} the deputy prime minister said.`)).toBe('Ruth Imbert');
  });
  it('"the president" is not the Vice President, "the vice president" is', () => {
    expect(speakerOf('Vice President Joe Biden spoke in Ohio.', `${quote} the president said.`)).not.toBe('Joe Biden');
    expect(speakerOf('Vice President Joe Biden spoke in Ohio.', `${quote} the vice president said.`)).toBe('Joe Biden');
  });
  it('"the prime minister" is still the Prime Minister (guard)', () => {
    expect(speakerOf('Prime Minister Ruth Imbert spoke in Paris.', `${quote} the prime minister said.`)).toBe('Ruth Imbert');
  });
});

describe('stop 98: roles in apposition after the name that were left empty', () => {
  it.each([
    [
      `“We have to do much more to stop it,” James P. Kennedy Jr., the U.S. Attorney for the Western District of New York, said.`,
      'U.S. Attorney for the Western District of New York',
    ],
    [
      `“We have to do much more to stop it,” Thomas Zurbuchen, NASA's associate administrator of the Science Mission Directorate, said.`,
      "NASA's associate administrator of the Science Mission Directorate",
    ],
    [`Nancy Pelosi, Democrat House Minority Leader, disagreed, saying ${quote}`, 'Democrat House Minority Leader'],
    [`${quote} said Ann Lee, New York Mayor.`, 'New York Mayor'],
  ])('"%s" gives "%s"', (paragraph, title) => {
    expect(titleOf(paragraph)).toBe(title);
  });
  it.each([
    `${quote} said Ann Lee, Bob Jones and Mayor Tim Hill.`, // a list, the title is the last name's
    `${quote} said Ann Lee, New York Liberty Island.`, // capitals with no title
  ])('"%s" gives no capital title to the first name (guard)', (paragraph) => {
    expect(titleOf(paragraph) ?? null).toBeNull();
  });
});

describe('stop 98: one list of party words (data/lexicons/parties.tsv)', () => {
  const speakerOf = (lead: string, paragraph: string): string | null | undefined =>
    analyzeParagraphs('A headline for the test', lead, paragraph).quotes[0]?.speaker?.name;
  it('keeps "Green" a surname and a place’s word (guard)', () => {
    expect(speakerOf('Philip Green spoke in Green Bay.', `${quote} Green said.`)).toBe('Philip Green');
  });
  it('reads "Democrat" before a surname as a party, not a first name (guard)', () => {
    expect(titleOf(`${quote} said Democrat Zephyr Teachout.`)).toBe('Democrat');
  });
});

describe('stop 98: an affiliation after a name where the article gives no role', () => {
  const said = '“We have to do much more to stop it,”';
  it.each([
    [`${said} said David Page, of Investec Securities.`, 'of Investec Securities'],
    [`Carl Emmerson, from the Institute for Fiscal Studies, said: ${quote}`, 'from the Institute for Fiscal Studies'],
    [`Vincent Cable, for the Liberal Democrats, said: ${quote}`, 'for the Liberal Democrats'],
    [`${said} said Gary Jenkins of Evolution Securities.`, 'of Evolution Securities'],
  ])('"%s" gives "%s"', (paragraph, title) => {
    expect(titleOf(paragraph)).toBe(title);
  });
  it.each([
    `Ann Lee, for her part, said: ${quote}`, // no body's name
    `Ann Lee, of Irish descent, said: ${quote}`, // the phrase does not close on the name
    `Ann Lee of Dover and Tim Hill of Deal said: ${quote}`, // without a comma it must end at the verb
  ])('"%s" gives no affiliation (guard)', (paragraph) => {
    expect(titleOf(paragraph) ?? null).toBeNull();
  });
  it('gives way to a role (guard)', () => {
    expect(titleOf(`${said} said Sen. Marco Rubio of Florida.`)).toBe('Sen. of Florida'); // the state is whose office it is (stop 99)
  });
  it('is no sign of a person: the pronoun after it keeps to the subject named later (guard)', () => {
    const [, second] = analyzeParagraphs(
      'A headline for the test',
      `${said} said Meenakshi Ganguly of Human Rights Watch.`,
      `Aung San Suu Kyi's fate is unclear, but she spoke last week. ${said} she said.`,
    ).quotes;
    expect(second?.speaker?.name).not.toBe('Meenakshi Ganguly');
  });
});

describe('stop 98: an office that opens the clause after a fronted phrase is the title of the person just named', () => {
  const blair = '“In every area of work there is a detailed plan for the future,” Mr Blair said.';
  it.each([
    ['Tony Blair has backed the report. In a speech in Edinburgh, the prime minister said it was sound.'],
    ['Tony Blair has backed the report. On Monday, the prime minister said it was sound.'],
    ['Tony Blair has backed the report. The prime minister said it was sound.'], // read before (guard)
  ])('"%s"', (lead) => {
    expect(analyzeParagraphs('A headline for the test', lead, blair).quotes[0]?.speaker?.title).toBe('prime minister');
  });
  it('not when another person is named in the sentence before (guard)', () => {
    const lead = 'Tony Blair met Gordon Brown. In a speech in Edinburgh, the prime minister said it was sound.';
    expect(analyzeParagraphs('A headline for the test', lead, blair).quotes[0]?.speaker?.title ?? null).toBeNull();
  });
});

describe('stop 98: an apposition after a full name that the verb of saying closes without a comma', () => {
  it.each([
    ['Michael Faust, the owner of Mondo Video said, “Well, I do not really want to get kicked out of here.”', 'owner of Mondo Video'],
    ['Katrina Bull, a prospective parliamentary candidate said: “We have to do much more to stop it.”', 'prospective parliamentary candidate'],
  ])('"%s" gives "%s"', (paragraph, title) => {
    expect(titleOf(paragraph)).toBe(title);
  });
  it('gives a body before the comma no title, and the role speaks (guard)', () => {
    const [item] = analyzeParagraphs('A headline for the test', 'He was on Fox News, a veteran diplomat said, “We have to do much more to stop it.”').quotes;
    expect(item?.speaker?.name).not.toBe('Fox News');
  });
});
describe('stop 98: no apposition closed by "said" after a name a preposition governs', () => {
  it('"Appearing on CBS’ Face the Nation, the GOP front-runner said" gives the show no role', () => {
    const [item] = analyzeParagraphs(
      'A headline for the test',
      'Appearing on CBS’ Face the Nation, the GOP front-runner said: “We have to do much more to stop it.”',
    ).quotes;
    expect(item?.speaker?.name ?? null).not.toMatch(/Nation/);
  });
});

describe('stop 98: a role that opens the sentence before its name and the name’s verb', () => {
  it.each([
    [`Queensland's opposition leader, Jeff Seeney said: ${quote}`, "Queensland's opposition leader"],
    [`Her secretary, Abdullah Khan told reporters: ${quote}`, 'secretary'],
    [`An environmental protester of the armed occupation, Kieran Suckling says ${quote}`, 'environmental protester of the armed occupation'],
  ])('"%s" gives "%s"', (paragraph, title) => {
    expect(titleOf(paragraph)).toBe(title);
  });
  it.each([
    `On the same day that footage emerged of a man at a rally punching a protester, Ruth Imbert said: ${quote}`, // a clause, not a role
    `Like the president, Tom Hill said: ${quote}`, // compares
  ])('"%s" gives no title (guard)', (paragraph) => {
    expect(titleOf(paragraph) ?? null).toBeNull();
  });
});

describe('stop 98: an owner in the plural possessive ("Sanders’")', () => {
  it.each([
    [`“We have to do much more to stop it,” Jeff Weaver, Sanders’ campaign manager, said.`, 'Sanders’ campaign manager'],
    [`“We have to do much more to stop it,” said Michael Briggs, Sanders' spokesman.`, "Sanders' spokesman"],
    [`Sanders’ director of digital strategy, Ruth Imbert, said: ${quote}`, 'Sanders’ director of digital strategy'],
  ])('"%s" gives "%s"', (paragraph, title) => {
    expect(titleOf(paragraph)).toBe(title);
  });
});

describe('stop 98: an affiliation after an age, and "plaintiff" as a role', () => {
  it.each([
    [`“We have to do much more to stop it,” said Harry Bond, 30, of Raleigh, N.C., who was polled.`, 'of Raleigh'],
    [`“We have to do much more to stop it,” said Nicky Driscoll, 24, from Manchester.`, 'from Manchester'],
    [`“We have to do much more to stop it,” said Leslie Feldman, 34, a plaintiff in the lawsuit.`, 'plaintiff in the lawsuit'],
  ])('"%s" gives "%s"', (paragraph, title) => {
    expect(titleOf(paragraph)).toBe(title);
  });
});
