// Template names a wiki export leaves before the story's first sentence: dropped on strong evidence only.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { readArticle } from '../src/read/index.js';
import { dropTemplateResidue, isTemplateName } from '../src/read/template-residue.js';

/** A story that lost its paragraph breaks: one block of well over 100 words after the opening sentence. */
const REST = Array.from({ length: 30 }, (_, i) => `The council met again on day ${i + 1} and voted.`).join(' ');
const story = (opening: string): string => `${opening} ${REST}`;
const opening = (text: string): string => dropTemplateResidue(text).slice(0, 60);

describe('dropTemplateResidue', () => {
  it('drops namespaced page names, whatever the story looks like', () => {
    expect(dropTemplateResidue('Template:United_Kingdom At least seventeen people were taken to hospital.')).toBe(
      'At least seventeen people were taken to hospital.',
    );
    expect(opening(story('Category:Iran Category:Economy and business Several groups widened their services in Farsi.'))).toMatch(
      /^Several groups widened their services/,
    );
    expect(dropTemplateResidue('HarbourElection2007 Dana Ruiz is running for the council in the east ward.')).toBe(
      'Dana Ruiz is running for the council in the east ward.',
    );
  });

  it("drops Wikinews' status templates, alone or after a series name", () => {
    expect(opening(story('publish Archive-unreviewed Harbour Builders has won a national award for its work.'))).toMatch(/^Harbour Builders has won/);
    expect(opening(story('2006 Harbour dispute publish Archive-unreviewed Reuters is reporting that the quay closed.'))).toMatch(/^Reuters is reporting/);
    // The verb in a story's own words stays.
    expect(opening(story('Ministers will publish Harbour Board figures on Monday, the council said.'))).toMatch(/^Ministers will publish/);
  });

  it('in a one-block story, drops a category in lower case, a repeated name and a name before an opener', () => {
    expect(opening(story('economy and business Global stock markets fell steeply on Thursday.'))).toMatch(/^Global stock markets fell/);
    expect(opening(story("Thailand Thailand 's former ruling party was dissolved."))).toMatch(/^Thailand 's former ruling party/);
    expect(opening(story("Thailand Thailand's former ruling party was dissolved."))).toMatch(/^Thailand's former ruling party/);
    expect(opening(story('Turkey In a free trade zone near the port, 80 workers were dismissed.'))).toMatch(/^In a free trade zone/);
    expect(opening(story('South Korea Ann Lee has won the mayoral race in South Korea by a wide margin.'))).toMatch(/^Ann Lee has won/);
    expect(opening(story('Canada Only weeks before the Canadian budget, the port was sold.'))).toMatch(/^Only weeks before/);
    // The story's first word names the country again, or is an article no name runs into.
    expect(opening(story('Norway Norwegian divers found the wreck of the ferry on Sunday.'))).toMatch(/^Norwegian divers found/);
    expect(opening(story('Norway The Norwegian coast guard found the wreck of the ferry on Sunday.'))).toMatch(/^The Norwegian coast guard/);
    expect(opening(story('Norway A coast guard ship found the wreck of the ferry on Sunday.'))).toMatch(/^A coast guard ship/);
    // A country's name that the story does not name again opens the story itself ("Kenya Airways said …").
    expect(opening(story('Kenya Airways said on Monday that its flights would resume.'))).toMatch(/^Kenya Airways said/);
    expect(opening(story('2006 Harbour floods conflict The fighting over the levy went on.'))).toMatch(/^The fighting over the levy/);
    expect(opening(story('Harbour Levy dispute Mayor Ann Lee has vetoed the levy again.'))).toMatch(/^Mayor Ann Lee has vetoed/);
    expect(opening(story('2008 Harbour Mayoral Election Former councillor Ann Lee has won.'))).toMatch(/^Former councillor Ann Lee/);
    expect(opening(story('Election 2008 Ann Lee is set to become the first mayor of the harbour.'))).toMatch(/^Ann Lee is set to become/);
    // A story may open on a year after a word that names no series.
    expect(opening(story('Harbour 2008 Ann Lee is set to become the first mayor of the harbour.'))).toMatch(/^Harbour 2008 Ann Lee/);
  });

  it('drops a series name from a first paragraph of 50 words or more, as a wiki export split at its section headings leaves it', () => {
    const section = Array.from({ length: 6 }, (_, i) => `The council met again on day ${i + 1} and voted.`).join(' ');
    expect(opening(`2031 Harbour Mayoral Election While most of the coverage went to the two big parties, a third ran. ${section}`)).toMatch(
      /^While most of the coverage/,
    );
  });

  it('drops a series name from the paragraph after a headline line taken from the body (one that reads like a sentence)', () => {
    const text = `Five biggest harbour banks told to raise $74.6 billion; fail "stress tests"\n\n2031-32 harbour crisis The five largest harbour banks need more money, regulators said. ${REST}\n`;
    const article = readArticle(text, { source: 'x.txt' });
    expect(article.meta.headline).toMatch(/^Five biggest harbour banks/);
    expect(article.paragraphs[0]?.text).toMatch(/^The five largest harbour banks/);
  });

  it('keeps a story that opens on its own words', () => {
    expect(isTemplateName('2026年4月2日')).toBe(false);
    expect(isTemplateName('Harbourelection2005')).toBe(true);
    for (const text of [
      story('Officials in the port said the ferry would sail again on Monday.'),
      story('de Villepin said on Monday that the plan would go ahead.'),
      story('iPhone sales rose by a third in the quarter, the company said.'),
      story('Sirhan Sirhan was denied parole for the sixteenth time on Wednesday.'),
      story('Harbour war veterans marched on Sunday, the council said.'),
    ])
      expect(dropTemplateResidue(text)).toBe(text);
  });

  it('keeps a short lede or a headline in Title Case: bare names are dropped only from a one-block story', () => {
    for (const text of [
      'Comedy Meet The Fockers topped the festive box office in North America.',
      'Senator Promises Action On Immigration In First 100 Days As President.',
      'Senator Promises Action On Immigration In First 100 Days As President. ' + REST,
    ])
      expect(dropTemplateResidue(text)).toBe(text);
  });
});

describe('what a lost wiki link leaves inside a word', () => {
  const read = (body: string): string => readArticle(`Harbour news\n\n${body}\n`, { source: 'x.txt' }).paragraphs[0]?.text ?? '';

  it('joins a possessive, a demonym ending and a compound to the word before', () => {
    expect(read("The Harbour Council 's plan and the Australia n government's reply.")).toBe(
      "The Harbour Council's plan and the Australian government's reply.",
    );
    expect(read('A U.S. -based firm hired a British -born engineer.')).toBe('A U.S.-based firm hired a British-born engineer.');
  });

  it('joins a contraction whose apostrophe came loose, so that no quotation opens there', () => {
    expect(read("The ferry isn ‘t running, and the port doesn 't know when it will.")).toBe('The ferry isn’t running, and the port doesn’t know when it will.');
    const quotes = analyzeArticle(
      readArticle('Harbour news\n\nThe ferry isn ‘t running yet, and the council has no plan to say when it will run again this year.\n', { source: 'x.txt' }),
    ).quotes;
    expect(quotes).toEqual([]);
  });

  it('closes up a stop before a comma and a currency sign before its amount, and leaves an ellipsis alone', () => {
    expect(read('BBC Resources Ltd ., the unit, was sold for £ 15 million and US$ 14 billion ... in all.')).toBe(
      'BBC Resources Ltd., the unit, was sold for £15 million and US$14 billion ... in all.',
    );
  });

  it('reads back text that was UTF-8 read as Windows-1252, once or twice over, even decomposed since', () => {
    expect(read('President FranÃ§ois Hollande visited GuantÃ¡namo, and itâ€™s over.')).toBe('President François Hollande visited Guantánamo, and it’s over.');
    // Twice mis-decoded, then decomposed ("Ã" as "A" and a combining tilde), as PolNeAR's copy of a Post story has it.
    expect(read('French President FranA\u0303\u0083A\u0302\u00a7ois Hollande said so.')).toBe('French President François Hollande said so.');
    // Real capitals with marks stay: nothing after them reads as UTF-8.
    expect(read('SÃO PAULO, a city of Ã and Â, said café.')).toBe('SÃO PAULO, a city of Ã and Â, said café.');
  });

  it('reads back a mis-decoded text that was then normalised for compatibility ("SÃ ̈", "naÃ ̄ve", "RaÃol", "JesÃÂos")', () => {
    expect(read('The minister, S\u00c3\u00a9gol\u00c3 \u0308ne Royal, said it was na\u00c3 \u0304ve.')).toBe(
      'The minister, Ségolène Royal, said it was naïve.',
    );
    expect(read('Representative Ra\u00c3ol Grijalva met Jes\u00c3\u0083\u00c2os Garcia.')).toBe('Representative Raúl Grijalva met Jesús Garcia.');
    // Capitals stay: "JOÃO" has no lower-case word around its "ÃO".
    expect(read('JOÃO SILVA and Ã a said so.')).toBe('JOÃO SILVA and Ã a said so.');
  });

  it('closes up the commas a removed link leaves around its place in a list', () => {
    expect(read('It is sold at Harbour Mart , , Ferry Club , Quay Books , , and the port shop.')).toBe(
      'It is sold at Harbour Mart, Ferry Club, Quay Books, and the port shop.',
    );
  });

  it('drops the empty brackets a removed link or foreign script leaves', () => {
    expect(read('Thai opposition () leader Ana Ruiz won the vote ( ).')).toBe('Thai opposition leader Ana Ruiz won the vote.');
  });

  it('leaves a letter n, a quoted word, a minus sign and a function call alone', () => {
    for (const text of [
      'The Rock n roll hall reopened, he said.',
      "Write 'sorry' to the clerk.",
      'The reading fell to -5 degrees overnight.',
      'The bug was in print().',
    ])
      expect(read(text)).toBe(text);
  });
});
