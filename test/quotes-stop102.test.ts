// Speakers and titles (stop 102): one person, one title — the fullest the article gives them at a named quote; an owner's
// possessive before a role is part of its title.
import { describe, expect, it } from 'vitest';
import { speakersAndTitles } from './helpers/analyze.js';

describe('stop 102: a title that is part of a longer one the same person has takes the longer one', () => {
  it('"former Rep. (D-Calif.)" reaches the quote whose mention gave only "Rep."', () => {
    const quotes = speakersAndTitles(
      'The law was rewritten in 2001 by four negotiators.',
      '“A lot of people were upset with the whole idea of it,” said former Rep. George Miller (D-Calif.), one of the negotiators.',
      'Miller said he was proud of the result. “There is much more awareness now in poor communities,” Miller said.',
    );
    expect(new Set(quotes)).toEqual(new Set(['George Miller | former Rep. (D-Calif.)']));
  });
  it('"L2 president" reaches the quote credited through "he"', () => {
    const quotes = speakersAndTitles(
      'The campaign bought voter files from the data firm L2.',
      '“It was a sizable purchase of data,” said L2 president Bruce Willsie. “We continue to provide services to the campaign,” he said.',
    );
    expect(new Set(quotes)).toEqual(new Set(['Bruce Willsie | L2 president']));
  });
});

describe('stop 102: an owner\u2019s possessive before a role belongs to the title', () => {
  it.each([
    [
      'Harbour Party\u2019s campaign manager, Corey Lane, said: \u201cWe acted fast and we will act again.\u201d',
      'Corey Lane | Harbour Party\u2019s campaign manager',
    ],
    [
      'Queensland\u2019s opposition leader, Jeff Seeney said \u201cwe acted fast and we will act again\u201d.',
      'Jeff Seeney | Queensland\u2019s opposition leader',
    ],
    ['\u201cWe acted fast,\u201d said Trump\u2019s Virginia state director, Mike Rubino.', 'Mike Rubino | Trump\u2019s Virginia state director'],
  ])('%s', (paragraph, expected) => {
    expect(speakersAndTitles(paragraph)).toEqual([expected]);
  });
  it.each([
    ['\u201cWe will follow up with the campaign,\u201d said Steve Adler, rVotes\u2019 owner.', 'Steve Adler | rVotes\u2019 owner'],
    ['\u201cWe will follow up with the campaign,\u201d said John Donahoe, eBay\u2019s chief executive.', 'John Donahoe | eBay\u2019s chief executive'],
  ])('a brand in camel case owns the role after a name: %s', (paragraph, expected) => {
    expect(speakersAndTitles(paragraph)).toEqual([expected]);
  });
  it("a possessive right before the role and its name stays the title's (guard)", () => {
    expect(speakersAndTitles('\u201cWe acted fast,\u201d said Hillary Clinton\u2019s spokesman Brian Fallon.')).toEqual([
      'Brian Fallon | Hillary Clinton\u2019s spokesman',
    ]);
  });
  it('a possessive in an opening phrase is no owner of the role after its comma (guard)', () => {
    expect(speakersAndTitles('In Trump\u2019s view, adviser John Smith said \u201cwe acted fast and we will act again\u201d.')).toEqual([
      'John Smith | adviser',
    ]);
  });
});

describe('stop 102: "one of the rebels" after a name is its role', () => {
  it.each([
    ['\u201cWe will fight on until we win,\u201d said Abakar Saboune, one of the rebels.', 'Abakar Saboune | one of the rebels'],
    ['Abakar Saboune, one of the rebel leaders, said: \u201cWe will fight on until we win.\u201d', 'Abakar Saboune | one of the rebel leaders'],
    ['Abakar Saboune, one of the rebels said \u201cwe will fight on until we win\u201d.', 'Abakar Saboune | one of the rebels'],
  ])('%s', (paragraph, expected) => {
    expect(speakersAndTitles(paragraph)).toEqual([expected]);
  });
  it('"one of several coal industry veterans who …" ends before its relative clause', () => {
    expect(
      speakersAndTitles('\u201cTom is a real visionary,\u201d said Robert McAtee, one of several coal industry veterans who have come to work with him.'),
    ).toEqual(['Robert McAtee | one of several coal industry veterans']);
  });
  it('"One of the prosecutors in the case, Patrizia Petruziello, said" titles the name after it', () => {
    expect(
      speakersAndTitles(
        'One of the prosecutors in the case, Patrizia Petruziello, said the protesters suffered \u201cfour out of five of the worst abuses\u201d.',
      ),
    ).toEqual(['Patrizia Petruziello | one of the prosecutors in the case']);
  });
  it('"One of the reasons, John Smith said, …" names no group of people, no title (guard)', () => {
    expect(speakersAndTitles('One of the reasons, John Smith said, is \u201cthat we had no money left at all\u201d.')).toEqual(['John Smith | -']);
  });
  it('a partitive that runs on into a clause gives no title (guard)', () => {
    expect(speakersAndTitles('\u201cWe will fight on until we win,\u201d said Abakar Saboune, one of the men who marched.')).toEqual(['Abakar Saboune | -']);
  });
});

describe('stop 102: two particles in a row stay inside one name', () => {
  it.each([
    [
      'Ad van den Berg, a founder of the party, says: \u201cForbidding it will only feed the curiosity of children.\u201d',
      'Ad van den Berg | founder of the party',
    ],
    ['\u201cI will fight on to the very end,\u201d said Oscar de la Hoya, the boxer.', 'Oscar de la Hoya | boxer'],
  ])('%s', (paragraph, expected) => {
    expect(speakersAndTitles(paragraph)).toEqual([expected]);
  });
});

describe('stop 102: an acronym whose long form holds "in", "on" or "at"', () => {
  it('"Citizens for Responsibility and Ethics in Washington (CREW)" expands "CREW"', () => {
    const quotes = speakersAndTitles(
      'The watchdog group Citizens for Responsibility and Ethics in Washington (CREW) sued the department.',
      'CREW filed a request for \u201crecords sufficient to show the number of accounts used\u201d by the office.',
    );
    expect(quotes).toEqual(['Citizens for Responsibility and Ethics in Washington | -']);
  });
  it('a bracket after a phrase with "in" that spells nothing is no alias (guard)', () => {
    const quotes = speakersAndTitles('Talks in Geneva (Switzerland) went well.', '\u201cWe want to see the records of every meeting,\u201d Switzerland said.');
    expect(quotes).toEqual(['Switzerland | -']);
  });
});

describe('stop 102: an office with a capitalised modifier that a sentence of narration opens on', () => {
  it('"The Russian leader said …" after "Vladimir Putin spoke …" titles him', () => {
    const quotes = speakersAndTitles(
      'Vladimir Putin spoke on Monday about the test.',
      'The Russian leader said the test was a success.',
      '\u201cIt went very well for all of us,\u201d Putin said.',
    );
    expect(quotes).toEqual(['Vladimir Putin | Russian leader']);
  });
  it('"The White House said" names no office (guard)', () => {
    const quotes = speakersAndTitles(
      'Vladimir Putin spoke on Monday about the test.',
      'The White House said the test was a failure.',
      '\u201cIt went very well for all of us,\u201d Putin said.',
    );
    expect(quotes).toEqual(['Vladimir Putin | -']);
  });
});

describe('stop 102: a role without its article is closed by a reporting verb', () => {
  it.each([
    [
      'Ian Tiley, mayor of the Clarence Valley Council warns that \u201cwe will stand shoulder to shoulder against the dam\u201d.',
      'Ian Tiley | mayor of the Clarence Valley Council',
    ],
    ['\u201cWe will stand shoulder to shoulder,\u201d Ian Tiley, mayor of the council said.', 'Ian Tiley | mayor of the council'],
  ])('%s', (paragraph, expected) => {
    expect(speakersAndTitles(paragraph)).toEqual([expected]);
  });
});

describe('stop 102: a lower-case role with the "of" of its domain before a name, outside the quote\u2019s sentence', () => {
  it.each([
    ['The emails were sent to former secretary of state Colin Powell on Monday.', 'Powell', 'Colin Powell | former secretary of state'],
    ['The memo went to deputy chief of staff Anita Decker on Monday.', 'Decker', 'Anita Decker | deputy chief of staff'],
  ])('%s', (first, surname, expected) => {
    expect(speakersAndTitles(first, `\u201cI do not see what makes them classified,\u201d ${surname} said.`)).toEqual([expected]);
  });
  it('"chairman of the Commons public accounts committee" stays the person\u2019s role, not a body\u2019s speaker (guard)', () => {
    expect(speakersAndTitles('\u201cIt is a waste of public money,\u201d said Edward Leigh, chairman of the Commons public accounts committee.')).toEqual([
      'Edward Leigh | chairman of the Commons public accounts committee',
    ]);
  });
  it('"a matter of state Colin Powell handled" names no role (guard)', () => {
    expect(
      speakersAndTitles('The memo was a matter of state Colin Powell handled.', '\u201cI do not see what makes them classified,\u201d Powell said.'),
    ).toEqual(['Colin Powell | -']);
  });
});

describe('stop 102: a handle that is one person\u2019s first name alone', () => {
  it('"—@Ilhan" is Ilhan Omar when she is the only Ilhan', () => {
    const quotes = speakersAndTitles(
      'Rep. Ilhan Omar asked the court for compassion.',
      '\u201cSharing my full letter on the sentencing of the man who threatened me\u201d \u2014@Ilhan',
    );
    expect(quotes).toEqual(['Ilhan Omar | Rep.']);
  });
  it('two people with that first name leave the handle as it is (guard)', () => {
    const quotes = speakersAndTitles(
      'Rep. Ilhan Omar asked the court for compassion. The letter was read by Ilhan Smith, a friend.',
      '\u201cSharing my full letter on the sentencing of the man who threatened me\u201d \u2014@Ilhan',
    );
    expect(quotes).toEqual(['@Ilhan | -']);
  });
});
