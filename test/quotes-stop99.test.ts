// Quotations and titles (stop 99): a double quotation closed by two right-hand single marks (’’), as some outlets type it.
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../src/analyze/quote-spans.js';
import { analyzeParagraphs } from './helpers/analyze.js';

const texts = (paragraph: string): string[] => findQuoteSpans(paragraph).map((s) => s.text);

describe('stop 99: a double quotation closed by ’’', () => {
  it('closes at ’’ and reads the next quotation apart', () => {
    const paragraph = '“It was an attempt to mislead voters,’’ Ruth Imbert, chief executive of Full Fact, told the BBC. “And it was wrong.”';
    expect(texts(paragraph)).toEqual(['It was an attempt to mislead voters', 'And it was wrong.']);
    const quotes = analyzeParagraphs('A headline for the test', 'An opening line.', paragraph).quotes;
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ruth Imbert', 'Ruth Imbert']);
  });
  it('closes a quotation that ends the paragraph with ’’', () => {
    expect(texts('The commission warned that “voters are entitled to transparency.’’ It said no more.')).toEqual(['voters are entitled to transparency.']);
  });
  it('leaves ’’ inside a quotation that a right-hand double mark closes later (guard)', () => {
    expect(texts('“They called it ‘the boys’’ club’ for years,” she said.')).toEqual(['They called it ‘the boys’’ club’ for years']);
  });
});

const speakerOf = (paragraph: string): { name?: string; title?: string | null } => {
  const speaker = analyzeParagraphs('A headline for the test', 'An opening line.', paragraph).quotes[0]?.speaker;
  return { name: speaker?.name, title: speaker?.title };
};

describe('stop 99: a name in apposition after a description, followed by its affiliation', () => {
  it('reads the name up to "of" and the description as its title', () => {
    expect(speakerOf('“The odds are good,” said another leading Supreme Court advocate, Ruth J. Imbert of the law firm Mayer Brown.')).toEqual({
      name: 'Ruth J. Imbert',
      title: 'Supreme Court advocate',
    });
  });
  it('prefers the role before the name to the affiliation after it', () => {
    expect(speakerOf('“The odds are good,” said a top lawyer, Ruth Imbert of Mayer Brown.')).toEqual({ name: 'Ruth Imbert', title: 'top lawyer' });
  });
  it('takes no name from a relative clause after the speaker (guard)', () => {
    const paragraph =
      '“The biggest worry is the court,” said Idaho executive Frank Vander, who had backed Sen. Mark Rowan of Florida and is now giving to groups.';
    expect(speakerOf(paragraph).name).toBe('Frank Vander');
  });
});

describe('stop 99: a surname inside a name of three words (a first surname, as Spanish names give two)', () => {
  const lead = 'Melba Acosta Febo, the bank’s president, spoke on Monday.';
  it.each([`${lead} “We will pay,” Ms. Acosta said.`, `${lead} “We will pay,” Acosta said.`])('"%s" is Melba Acosta Febo', (paragraph) => {
    expect(speakerOf(paragraph)).toEqual({ name: 'Melba Acosta Febo', title: 'bank’s president' });
  });
  it('not when two names hold the word (guard)', () => {
    const two = `${lead} Luis Acosta Ruiz, her deputy, also spoke. “We will pay,” Acosta said.`;
    expect(speakerOf(two).name).not.toMatch(/Febo|Ruiz/);
  });
  it('not a given name in the middle ("Mary Ann Smith" … "Ann said") (guard)', () => {
    expect(speakerOf('Mary Ann Smith, the mayor, spoke on Monday. “We will pay,” Ann said.').name).not.toBe('Mary Ann Smith');
  });
});

describe('stop 99: whose office a title before the name is, from the tag or place after it', () => {
  it.each([
    ['Sen. Ruth Imbert (I-Vt.) said, “We will not.”', 'Sen. (I-Vt.)'],
    ['Rep. Ruth Imbert (D-N.Y.) said, “We will not.”', 'Rep. (D-N.Y.)'],
    ['Former Sen. Ruth Imbert (R-Mass.) said, “We will not.”', 'Former Sen. (R-Mass.)'],
    ['Gov. Ruth Imbert of Mississippi said, “We will not.”', 'Gov. of Mississippi'],
  ])('"%s" gives "%s"', (paragraph, title) => {
    expect(speakerOf(paragraph).title).toBe(title);
  });
  it.each([
    ['Gov. Ruth Imbert of the Harbour Board said, “We will not.”', 'Gov.'], // a body, not a state or country
    ['Sen. Ruth Imbert (pictured) said, “We will not.”', 'Sen.'], // no party tag
  ])('"%s" keeps "%s" (guard)', (paragraph, title) => {
    expect(speakerOf(paragraph).title).toBe(title);
  });
});

describe('stop 99: a capitalised role word that ends the apposition before its phrase', () => {
  it('reads "a Republican National Committeeman from Georgia"', () => {
    expect(speakerOf('“It is implausible,” said Ruth Imbert, a Republican National Committeeman from Georgia.').title).toBe(
      'Republican National Committeeman from Georgia',
    );
  });
  it('not a capitalised word that is no role ("a Labour Party Stalwart") (guard)', () => {
    expect(speakerOf('“It is implausible,” said Ruth Imbert, a Labour Party Stalwart.').title ?? null).toBeNull();
  });
});

describe('stop 99: a title that is also a given name, before the surname of someone named in full with it', () => {
  it('"Dean Amar" after "Vikram Amar, dean of the law school," is Vikram Amar', () => {
    const paragraph = 'Vikram Amar, dean of the law school, spoke on Monday. “In Fisher it was different,” Dean Amar said.';
    expect(speakerOf(paragraph)).toEqual({ name: 'Vikram Amar', title: 'dean of the law school' });
  });
  it('"Dean Smith" beside "John Smith" stays Dean Smith (guard)', () => {
    expect(speakerOf('Dean Smith and John Smith spoke. “It was different,” Dean Smith said.').name).toBe('Dean Smith');
  });
});

describe('stop 99: "legend" and "icon" title the name right after them', () => {
  it.each([
    ['Conservative icon Ruth Imbert said it. “I will play,” she said.', 'Conservative icon'],
    ['NFL legend Ruth Imbert said it. “I will play,” she said.', 'NFL legend'],
  ])('"%s" gives "%s" to the pronoun\'s quote', (paragraph, title) => {
    expect(speakerOf(paragraph)).toEqual({ name: 'Ruth Imbert', title });
  });
});

describe('stop 99: a programme named after its host is no name to lengthen a surname to', () => {
  it('"Kimmel asked" on a page about "Jimmy Kimmel Live" stays off the programme', () => {
    const paragraph = 'She appeared on Jimmy Kimmel Live on Monday. Kimmel asked her about a photo, saying, “I can’t imagine how this happens to you.”';
    expect(speakerOf(paragraph).name).not.toBe('Jimmy Kimmel Live');
  });
});
