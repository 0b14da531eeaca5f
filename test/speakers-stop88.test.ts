// Speakers (stop 88, from a judged sample): "Mr. Khan" in an article that names Khizr and Ghazala Khan is not Ghazala.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, speakerOf, speakers } from './helpers/analyze.js';

describe('stop 88: a courtesy title among bearers of one surname', () => {
  it('"Mr. Karim" is not the bearer whose unlisted first name ends in "-a"; with one other bearer, it is him', () => {
    expect(
      speakerOf('Zafra Karim and her husband Tahir Karim spoke at the harbour meeting on Thursday.', '“We will not be moved from this quay,” Mr. Karim said.'),
    ).toBe('Tahir Karim');
  });
  it('with two other bearers the surname stays bare rather than naming the wrong one', () => {
    expect(
      speakerOf(
        'Zafra Karim, her husband Tahir Karim and their son Idris Karim spoke at the harbour meeting on Thursday.',
        '“We will not be moved from this quay,” Mr. Karim said.',
      ),
    ).toBe('Karim');
  });
  it('a man whose unlisted first name ends in "-a" keeps his full name when no one else bears the surname (guard)', () => {
    const analysis = analyzeParagraphs(
      'Harbour deal',
      '“The harbour deal is fragile,” said Mujtaba Rahman, an analyst at the Eurasia Group.',
      '“It will not last the winter,” Mr. Rahman said.',
    );
    expect(speakers(analysis).at(-1)).toEqual(['It will not last the winter', 'Mujtaba Rahman']);
  });
});

describe('stop 88: the subject after a fronted clause', () => {
  it('"When Mr. Hale tried to defend …, Mr. Ross (forcefully) differed. “…,” he said": he is Ross', () => {
    for (const verb of ['differed', 'forcefully differed']) {
      expect(
        speakerOf(
          'Peter Hale and Simon Ross met at the harbour board.',
          `When Mr. Hale tried to defend his remarks on the crackdown in the port in 1989, Mr. Ross ${verb}.`,
          '“I think that the board let those workers down,” he said.',
        ),
      ).toBe('Simon Ross');
    }
  });
});

describe('stop 88: a longer name keeps the first name first', () => {
  const family = 'Stephen Jones runs the harbour company with his father. His son, John Stephen Jones, sits on the board.';
  it('"Stephen Jones" and a bare "Jones" are not his son "John Stephen Jones"', () => {
    expect(speakerOf(family, '“See the big crane out there?” says Stephen Jones.')).toBe('Stephen Jones');
    expect(speakerOf(family, '“We talked them into it,” Jones said.')).toBe('Stephen Jones');
  });
  it('a surname of two words still gains the first name ("Wasserman Schultz") (guard)', () => {
    expect(speakerOf('Rep. Debbie Wasserman Schultz spoke on Monday.', '“We talked them into it,” Wasserman Schultz said.')).toBe('Debbie Wasserman Schultz');
  });
});

describe('stop 88: words that only qualify a title', () => {
  it('"to finance Jerry\'s purchase" and "secretary of state Ann Lee" give no title "finance" or "state"', () => {
    const titles = (...paragraphs: string[]): Array<string | null | undefined> =>
      analyzeParagraphs('Harbour deal', ...paragraphs).quotes.map((q) => q.speaker?.title);
    expect(titles('The bank helped to finance Jerry’s 1989 purchase of the ferry line.', '“Son, I hope you are happy,” Jerry said.')).toEqual([null]);
    expect(titles('The former secretary of state Ann Lee spoke on Monday.', '“The harbour will close,” Lee said.')).not.toContain('state');
  });
  it('"who consider Hamas to be …" makes no title of the verb (guard)', () => {
    const titles = analyzeParagraphs(
      'Harbour deal',
      'Outlets who consider Harbour Watch to be a lobby praised the result.',
      '“We expected to win,” Harbour Watch said.',
    ).quotes.map((q) => q.speaker?.title ?? null);
    expect(titles).toEqual([null]);
  });
});
