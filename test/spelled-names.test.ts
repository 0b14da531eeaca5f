// A surname said alone takes the one full name the text writes where the name index takes none: the headline, a title-case line.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';
import { spelledFullNames } from '../src/analyze/spelled-names.js';

describe('a lone surname and a full name written outside the index', () => {
  it('takes the full name from the headline', () => {
    const a = analyzeParagraphs(
      'Harbour Chief Maureen Okonjo Says The Berth Is Too Small',
      'Okonjo spoke at a dock meeting on Monday.',
      '"We have waited ten years for this berth," Okonjo said.',
    );
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Maureen Okonjo', kind: 'person' });
  });

  it('takes the full name from a show named after the person', () => {
    const a = analyzeParagraphs(
      'Talks at the harbour',
      'Clinton appeared on "The Rachel Dunmore Show" on Thursday.',
      '"Would you pick a woman?" Dunmore asked.',
    );
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Rachel Dunmore' });
  });

  it('leaves a body written with "the" and a titled surname as they are', () => {
    const body = analyzeParagraphs(
      'Anita Hill Returns To The Harbour',
      'Ships waited at the dock.',
      '"The berth is too small for ships of that size," the Hill reported.',
    );
    expect(body.quotes[0]!.speaker?.name).not.toBe('Anita Hill');
    const titled = analyzeParagraphs(
      'Michelle Dunmore Visits The Harbour',
      'President Dunmore spoke at the dock on Monday.',
      '"The berth is too small for ships of that size," Dunmore said.',
    );
    expect(titled.quotes[0]!.speaker?.name).not.toBe('Michelle Dunmore');
  });
});

describe('a given name said alone', () => {
  it('takes the one full name the text spells for it', () => {
    const a = analyzeParagraphs(
      'Maureen Okonjo Opens The New Berth',
      'The dock was busy on Monday.',
      '"We have waited ten years for this berth," Maureen told a neighbour.',
    );
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Maureen Okonjo', kind: 'person' });
  });

  it('keeps a word the text spells both as a given name and as a second name ("John Stephen Jones" beside "Stephen Jones")', () => {
    const a = analyzeParagraphs(
      'Stephen Jones Hands The Berth To John Stephen Jones',
      'The dock was busy on Monday.',
      '"We have waited ten years for this berth," Stephen told a neighbour.',
    );
    expect(a.quotes[0]!.speaker?.name).not.toBe('John Stephen');
  });

  it('keeps the given name when two full names open on it', () => {
    const a = analyzeParagraphs(
      'Maureen Okonjo And Maureen Hale Open The New Berth',
      'The dock was busy on Monday.',
      '"We have waited ten years for this berth," Maureen told a neighbour.',
    );
    expect(a.quotes[0]!.speaker?.name).toBe('Maureen');
  });
});

const surnames = (texts: string[]): Record<string, string[]> =>
  Object.fromEntries([...spelledFullNames(texts)].map(([surname, names]) => [surname, [...names].sort()]));

describe('spelledFullNames', () => {
  it('keeps a given name and a surname written anywhere, the headline too', () => {
    expect(surnames(['Sens. Mike Crapo and Jim Risch Back the Harbour Bill', '“It is a good bill,” Risch told reporters.'])).toEqual({
      Crapo: ['Mike Crapo'],
      Risch: ['Jim Risch'],
    });
  });

  it('drops a second word the text also writes as a whole word in lower case: "Jerry World" is a stadium', () => {
    expect(surnames(['Fans call it Jerry World, the biggest stadium in the world.'])).toEqual({});
    // Only a whole lower-case word counts: "worldwide", "Old-world" or "O'world" leave "World" a surname.
    expect(surnames(['Ann World spoke of worldwide ferries.'])).toEqual({ World: ['Ann World'] });
    expect(surnames(['Ann World spoke of Old-world ferries.'])).toEqual({ World: ['Ann World'] });
    expect(surnames(["Ann World spoke of o'world ferries."])).toEqual({ World: ['Ann World'] });
    expect(surnames(['Ann World spoke.', 'The ferry sailed round the world twice.'])).toEqual({});
  });
});
