import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { readArticle } from '../src/read/read-article.js';
import { analyzeParagraphs, speakers } from './helpers/analyze.js';
import { SEED_FILE, SEED_TEXT } from './helpers/seed.js';

describe('quotes in the seed', () => {
  const analysis = analyzeArticle(readArticle(SEED_TEXT, { source: SEED_FILE }));

  it('finds all six attributed quotations, each credited to John Hill', () => {
    const long = analysis.quotes.filter((q) => q.text.split(/\s+/).length >= 4);
    expect(long).toHaveLength(6);
    for (const q of long) expect(q.speaker?.name).toBe('John Hill');
  });

  it('strips the long title from the name and keeps it as the title', () => {
    expect(analysis.quotes[0]!.speaker?.title).toBe('Deputy Assistant Secretary of Defense for Space and Missile Defense');
  });

  it('leaves out the scare quote "persistent threat"', () => {
    expect(analysis.quotes.map((q) => q.text)).not.toContain('persistent threat.');
  });

  it('points each quote at its paragraph and sentence', () => {
    const first = analysis.quotes.find((q) => q.text === 'It does not stop at Iran')!;
    expect(first.source.paragraph).toBe(3);
    expect(first.source.sentence).toMatch(/^"It does not stop at Iran," he said during the session/);
  });
});

describe('quotation patterns', () => {
  it('attribution after the quote, with a pronoun resolved to the full name', () => {
    const a = analyzeParagraphs('T', 'Finance Minister Jane Okafor spoke on Monday.', '"The budget will be balanced by next year," she said.');
    expect(speakers(a)).toEqual([['The budget will be balanced by next year', 'Jane Okafor']]);
    expect(a.quotes[0]!.speaker?.title).toBe('Finance Minister');
  });

  it('attribution before the quote with a colon', () => {
    const a = analyzeParagraphs('T', 'Senator Mark Ruiz visited the plant.', 'Ruiz said: "We will not close this factory while I am in office."');
    expect(speakers(a)).toEqual([['We will not close this factory while I am in office.', 'Mark Ruiz']]);
  });

  it('inverted attribution: "…," said Hill, who …', () => {
    const a = analyzeParagraphs('T', '"The river has never been this high in my lifetime," said Tom Becker, who has farmed here for 40 years.');
    expect(speakers(a)).toEqual([['The river has never been this high in my lifetime', 'Tom Becker']]);
  });

  it('attribution in the middle of a quotation', () => {
    const a = analyzeParagraphs('T', 'Coach Maria Lopez praised the team.', '"We played with heart tonight," Lopez said, "and the fans carried us home in the second half."');
    expect(speakers(a)).toEqual([
      ['We played with heart tonight', 'Maria Lopez'],
      ['and the fans carried us home in the second half.', 'Maria Lopez'],
    ]);
  });

  it('a quotation continued over paragraphs is one item per paragraph, same speaker', () => {
    const a = analyzeParagraphs(
      'T',
      'Professor Alan Hughes gave evidence to the committee.',
      '"The data show a clear warming trend across every region we studied,',
      '"and the models agree that it will continue for decades," Hughes said.',
    );
    expect(speakers(a)).toEqual([
      ['The data show a clear warming trend across every region we studied', 'Alan Hughes'],
      ['and the models agree that it will continue for decades', 'Alan Hughes'],
    ]);
    expect(a.quotes.map((q) => q.source.paragraph)).toEqual([2, 3]);
  });

  it('a following quote with no verb goes to the previous speaker', () => {
    const a = analyzeParagraphs('T', '"Prices will keep rising this winter," economist Sara Lind said.', '"Households should prepare for higher heating bills."');
    expect(speakers(a)).toEqual([
      ['Prices will keep rising this winter', 'Sara Lind'],
      ['Households should prepare for higher heating bills.', 'Sara Lind'],
    ]);
  });

  it('"according to" names the source; organisations can speak', () => {
    const a = analyzeParagraphs('T', 'According to the Pentagon, "the test was a complete success for the program."', '"No further launches are planned this year," the Ministry of Defence said.');
    expect(speakers(a)).toEqual([
      ['the test was a complete success for the program.', 'Pentagon'],
      ['No further launches are planned this year', 'Ministry of Defence'],
    ]);
  });

  it('curly and single quotation marks', () => {
    const a = analyzeParagraphs('T', '“We are ready for any outcome,” said Ahmed Nasser, the party leader.', '‘This is only the beginning of the campaign,’ Nasser added.');
    expect(speakers(a)).toEqual([
      ['We are ready for any outcome', 'Ahmed Nasser'],
      ['This is only the beginning of the campaign', 'Ahmed Nasser'],
    ]);
  });

  it('titles of works and short scare quotes are not quotations', () => {
    const a = analyzeParagraphs('T', 'The film titled "The Long Road Home Again" opened on Friday, in what critics called a "bold move."');
    expect(a.quotes).toEqual([]);
  });

  it('gives no speaker where the article names none', () => {
    const a = analyzeParagraphs('T', 'Mr Downer joined world leaders in London for the signing of the Afghanistan Compact: "a road-map for donors and the government to rebuild the country."');
    expect(speakers(a)).toEqual([['a road-map for donors and the government to rebuild the country.', null]]);
    expect(a.warnings.some((w) => w.code === 'quote-without-speaker')).toBe(true);
  });

  it('a name after a comma appositive: "X, also of Y, said"', () => {
    const a = analyzeParagraphs('T', 'In a text message, Rep. Teodoro Casino, also of Bayan Muna, said "the report merely scratches the surface of the problem."');
    expect(speakers(a)).toEqual([['the report merely scratches the surface of the problem.', 'Teodoro Casino']]);
  });

  it('an acronym resolves to the organisation the article spelled out', () => {
    const a = analyzeParagraphs('T', 'The Australian Conservation Foundation released a report.', 'The ACF said "nuclear energy is not a solution to climate change."');
    expect(a.quotes[0]!.speaker?.name).toBe('Australian Conservation Foundation');
  });
});
