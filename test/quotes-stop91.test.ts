// Quotations and titles (stop 91): a song's intro and a report's title quote no one.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, speakerOf } from './helpers/analyze.js';

const quoteTexts = (...paragraphs: string[]): string[] => analyzeParagraphs('A headline for the test', ...paragraphs).quotes.map((q) => q.text);

describe('stop 91: titles that are no quotation', () => {
  it('the intro to “Takin’ It to the Streets.” names a song', () => {
    expect(quoteTexts('Then the keyboard player began the intro to “Takin’ It to the Streets.” The crowd rose.')).toEqual([]);
  });
  it('the full “Brexit Britain: the trade challenge” report is a title', () => {
    expect(quoteTexts('Read the full “Brexit Britain: the trade challenge” report for the figures.')).toEqual([]);
  });
  it('words said to someone stay a quotation (guard)', () => {
    expect(quoteTexts('She turned to the crowd and said to them, “We will win this fight together.”')).toEqual(['We will win this fight together.']);
  });
  it('a report that quotes someone keeps the quotation (guard)', () => {
    expect(quoteTexts('“The numbers are far worse than we feared,” the report said.')).toHaveLength(1);
  });
});

describe('stop 91: a statement speaks for the body that put it out', () => {
  it('"the US military said in a statement", then "the statement said": the military', () => {
    const first = 'Two soldiers were killed in a crash in Afghanistan, the US military said in a statement on Wednesday.';
    expect(speakerOf(first, '"The cause of the crash is under investigation," the statement said.')).toBe('US military');
  });
  it('"Oxfam said in a written statement": Oxfam owns the statement', () => {
    expect(speakerOf('Oxfam said in a written statement that the talks had failed.', '"The poorest will pay the price," the statement said.')).toBe('Oxfam');
  });
  it('a statement whose owner the article never gave speaks for no one (guard)', () => {
    expect(speakerOf('The talks failed on Monday.', '"The poorest will pay the price," the statement said.')).toBeNull();
  });
});

describe('stop 91: a document made by its author', () => {
  it('"A communique released by the Harbour Institute states:" quotes the institute', () => {
    expect(speakerOf('A communique released by the Harbour Institute states: "The pier will not survive another winter of storms."')).toBe('Harbour Institute');
  });
  it('"A letter obtained by the Post warns:" does not quote the Post (guard)', () => {
    expect(speakerOf('A letter obtained by the Post warns: "The pier will not survive another winter of storms."')).toBeNull();
  });
});

describe('stop 91: a title never opens on a clause word', () => {
  it('"including Brampton, where realtor Shaun Ghulam said …" titles him "realtor"', () => {
    const analysis = analyzeParagraphs(
      'A headline for the test',
      "That's the case in many markets, including Brampton, where realtor Shaun Ghulam said he has noticed a change.",
      '"Lease prices are ridiculous now," Ghulam said.',
    );
    expect(analysis.quotes[0]?.speaker).toMatchObject({ name: 'Shaun Ghulam', title: 'realtor' });
  });
});
