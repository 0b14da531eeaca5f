// Speakers and titles (stop 106): a capitalised title keeps the owner whose possessive stands before it ("Apple's Chief Executive").
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, speakersAndTitles } from './helpers/analyze.js';

describe('stop 106: the owner before a capitalised title is the title’s', () => {
  it.each([
    ['“We will appeal the decision,” said Uber London’s General Manager Tom Elvidge.', 'Tom Elvidge | Uber London’s General Manager'],
    ['“There is no comment to make,” said Apple’s Chief Executive Tim Cook.', 'Tim Cook | Apple’s Chief Executive'],
    ['“We will talk later,” Britain’s former Prime Minister Tony Blair said.', 'Tony Blair | Britain’s former Prime Minister'],
  ])('%s', (paragraph, expected) => {
    expect(speakersAndTitles(paragraph)).toEqual([expected]);
  });
  it.each([
    // A day owns no office, and a form of address is no one's office.
    ['“We will talk later,” said Monday’s President Joe Biden.', 'Joe Biden | President'],
    ['“We will talk later,” said Apple’s Mr. Tim Cook.', 'Tim Cook | -'],
  ])('%s (guard)', (paragraph, expected) => {
    expect(speakersAndTitles(paragraph)).toEqual([expected]);
  });
});

describe('stop 106: a title word that ends a name after a first name is its surname', () => {
  it.each([
    ['“We are making progress on the disease,” said Dr. Paul Farmer.', 'Paul Farmer | -'],
    ['“It was a great night for the band,” said Jane Singer, a spokeswoman.', 'Jane Singer | spokeswoman'],
    ['“The harvest failed this year,” said the county’s Bill Clerk.', 'Bill Clerk | -'],
  ])('%s', (paragraph, expected) => {
    expect(speakersAndTitles(paragraph)).toEqual([expected]);
  });
});

/** Each quotation's speaker as "Name | kind | title" ("-" for no title), after a first paragraph that names no one. */
const kindOf = (paragraph: string): string[] =>
  analyzeParagraphs('Headline', 'The report appeared on Monday.', paragraph).quotes.map(
    (q) => `${q.speaker?.name} | ${q.speaker?.kind} | ${q.speaker?.title ?? '-'}`,
  );

describe('stop 106: a body named after the noun that describes it speaks as that body', () => {
  it.each([
    ['“The government must act now,” said the Spanish daily El Mundo.', 'El Mundo | organisation | -'],
    ['“The government must act now,” said the Israeli newspaper Haaretz.', 'Haaretz | organisation | -'],
  ])('%s', (paragraph, expected) => {
    expect(kindOf(paragraph)).toEqual([expected]);
  });
  it('a titled person after the body noun stays a person (guard)', () => {
    expect(kindOf('“We won’t roll the dice on public safety,” company CEO Andy Vesey said.')).toEqual(['Andy Vesey | person | CEO']);
  });
});

describe('stop 106: a lower-case description of a body makes the speaker that body', () => {
  it.each([
    ['“Some may say it is a bit unkind,” Xinhua, the official Chinese news agency, wrote.', 'Xinhua | organisation | -'],
    ['“We were not asked to provide the records,” said Verizon, the telecommunications giant.', 'Verizon | organisation | -'],
  ])('%s', (paragraph, expected) => {
    expect(kindOf(paragraph)).toEqual([expected]);
  });
  it.each([
    // A capitalised party is the person's affiliation; a person-like head ("developer") is a role.
    ['Scottish National Party Alex Salmond said: “It was an underwhelming performance.”', 'Alex Salmond | person | Scottish National Party'],
    ['“The market is strong,” said Mel Sembler, a Florida developer.', 'Mel Sembler | person | Florida developer'],
  ])('%s (guard)', (paragraph, expected) => {
    expect(kindOf(paragraph)).toEqual([expected]);
  });
});
