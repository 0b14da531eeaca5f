import { describe, expect, it } from 'vitest';
import { indexNames } from '../src/analyze/name-index.js';
import { fullName } from '../src/analyze/name-lookup.js';
import { personByRole } from '../src/analyze/office-holder.js';
import { splitSentences } from '../src/analyze/sentences.js';

const index = (text: string) => indexNames(splitSentences([{ index: 0, text }]));

describe('the name index', () => {
  it('a given name and "Jr." is a son, not the full form of the given name alone', () => {
    const names = index('Jerry Hale owns the club. Hale bought it in 1989. His brother Jerry Jr. runs the office. Jerry said the club would stay.');
    expect(names.fullNames.get('Jerry')).not.toBe('Jerry Jr.');
  });

  it('a given name the article also uses alone stays a given name before a middle initial ("Donald J. Hale", not "J. Hale")', () => {
    const names = index('Donald J. Hale spoke first. Mr. Hale was loud. "If Donald stays Donald, I will leave," Ann Reyes said.');
    expect(fullName(names, 'Hale')).toBe('Donald J. Hale');
  });

  it('a short parenthesis between a name and its verb keeps the name the subject ("Sen. Lindsey Marsh (R-SC) called")', () => {
    const names = index('On Thursday Sen. Lindsey Marsh (R-SC) called out her rival. The senator from Ohio (a Democrat) was absent.');
    expect(names.mentions.find((m) => m.name === 'Lindsey Marsh')?.subject).toBe(true);
  });

  it('a party role among a committee\'s words before a first name leaves the person named ("Senate Intelligence Ranking Democrat Ann Lowe")', () => {
    const names = index('Senate Intelligence Ranking Democrat Ann Lowe said the emails were safe. Lowe said no more.');
    expect(fullName(names, 'Lowe')).toBe('Ann Lowe');
  });

  it('one word after "the" that acts ("the Greens described") is a party, so the longer name it ends is no person', () => {
    const names = index('The plan was criticised by Ann Lowe, a spokeswoman for the Northern Greens. Later the Greens described it as reckless.');
    expect(names.mentions.find((m) => m.name === 'Northern Greens')?.kind).not.toBe('person');
    expect(names.mentions.find((m) => m.name === 'Ann Lowe')?.kind).toBe('person');
  });

  it('a name with no listed given name still pairs with one after "and" ("Sprinters Kostas Vellas and Marta Ruhl")', () => {
    const names = index('Sprinters Kostas Vellas and Marta Ruhl missed a test in Athens. Ruhl had said she was fit. Vellas said nothing.');
    expect(fullName(names, 'Ruhl')).toBe('Marta Ruhl');
  });

  it('a titled person joined by "and" to a body\'s words is a name of its own ("… John Bolt and Harbour News …")', () => {
    const names = index('Former Ambassador John Bolt and Harbour News National Desk editor Sam Greer spoke on Friday. Bolt said the plan would fail.');
    expect(fullName(names, 'Bolt')).toBe('John Bolt');
  });

  it('two one-word names joined by "and" stay one firm ("Barnes and Noble")', () => {
    const names = index('Shoppers lined up at Barnes and Noble on Friday. Noble is a common name.');
    expect(fullName(names, 'Noble')).toBe('Noble');
  });

  it('two titled people joined by "and" are two names, each title after a place or an adjective ("Israeli Prime Minister …")', () => {
    const names = index('Israeli Prime Minister Ariel Sharon and Palestinian President Mahmoud Abbas met today. Prime Minister Sharon spoke first.');
    expect(fullName(names, 'Sharon')).toBe('Ariel Sharon');
    expect(names.mentions.find((m) => m.name === 'Mahmoud Abbas')?.title).toBe('Palestinian President');
  });

  it('a surname that opens on a particle ("Al Shanty") is the short form, so the word before it is a given name, not a headline\'s', () => {
    const names = index('Jamila Al Shanty, a newly elected legislator, stated that more rallies will be planned. "We are angry," Al Shanty said today.');
    expect(fullName(names, 'Al Shanty')).toBe('Jamila Al Shanty');
  });

  it('a country before a name no list holds ("ambassador to Britain Liu Xiaming") is no part of it', () => {
    const names = index('China’s ambassador to Britain Liu Xiaming spoke on Sunday. Liu said the army could be deployed.');
    expect(names.mentions.find((m) => m.run.includes('Xiaming'))?.name).toBe('Liu Xiaming');
  });

  it('a sentence that lists names with a lower-case verb ("These include …") is no title-case line: its names count', () => {
    const names = index('These include Blair Effron of Centerview Partners, Marc Lasry of Avenue Capital Group, and Tom Steyer. Lasry said more.');
    expect(fullName(names, 'Lasry')).toBe('Marc Lasry');
  });

  it('a common word the Moby lists give as a first name ("Hi", "Town") names no person', () => {
    const names = index('The banner read “Hi Americans” in red letters. Town Hall Meeting starts at noon, officials said.');
    expect(names.mentions.find((m) => m.name === 'Hi Americans')?.kind).not.toBe('person');
    expect(names.mentions.find((m) => m.name.startsWith('Town'))?.kind).not.toBe('person');
  });

  it('a participle before a surname the article gives in full is no first name ("Debating Hale’s record", a headline line)', () => {
    const names = index('Debating Hale’s record. Mary Hale took questions on Monday. Hale, speaking to reporters, laughed it off.');
    expect(fullName(names, 'Hale')).toBe('Mary Hale');
    expect(names.mentions.map((m) => m.name)).not.toContain('Debating Hale');
  });

  it('a one-word name a title of rank made a person ("Prince Edmund") is a person alone too, unlike one an office heads', () => {
    const names = index('Prince Edmund opened the school on Monday. Later, Edmund met the staff. Then the Ministry hired Marlow. Chairman Marlow left.');
    expect(names.mentions.filter((m) => m.name === 'Edmund').map((m) => m.kind)).toEqual(['person', 'person']);
    expect(names.mentions.filter((m) => m.run === 'Marlow').map((m) => m.kind)).toEqual(['unknown']);
  });

  it('a regnal number keeps its name: "Elizabeth" is Elizabeth II', () => {
    const names = index('Queen Elizabeth II opened the bridge on Monday. Elizabeth spoke for ten minutes.');
    expect(fullName(names, 'Elizabeth')).toBe('Elizabeth II');
  });

  it('a place named by a title word and a place noun is no person: "the National Mall" is not "he"', () => {
    const names = index('Speaking to crowds on the National Mall, Ms. Reyes opened the museum. The museum alone will not end poverty, he said.');
    expect(names.mentions.find((m) => m.run === 'National Mall')?.kind).not.toBe('person');
  });

  it('a publication named by a title word and its masthead noun is no person: "the National Gazette" is not "she"', () => {
    const names = index('Lena Ortiz at the National Gazette agreed with the mayor. The plan was sound, she wrote.');
    expect(names.mentions.find((m) => m.run === 'National Gazette')?.kind).not.toBe('person');
  });

  it('a role set off by commas before a name is its title, so "the secretary" later is that person', () => {
    const names = index('The foreign secretary, Jack Straw, arrived on Monday. Britain’s Home Secretary, Ann Reyes, stayed away. The talks went on.');
    expect(names.titles.get('Jack Straw')).toBe('foreign secretary');
    expect(names.titles.get('Ann Reyes')).toBe('Britain’s Home Secretary');
    expect(personByRole(names, 'secretary', 2, 0)?.name).toBe('Ann Reyes');
  });

  it('a phrase before a comma that does not end in a role gives no title ("After the vote, Ann Reyes, …")', () => {
    const names = index('After the long vote, Ann Reyes, who chairs the board, left. Like the president, Tom Hill, a farmer, stayed.');
    expect(names.titles.get('Ann Reyes')).toBeUndefined();
    expect(names.titles.get('Tom Hill')).not.toBe('president');
  });

  it('a news outlet\'s name of two words is a body, never a person: "The Toronto Star reported" is no "she"', () => {
    const names = index('The Toronto Star reported the talks on Sunday. The Mother Jones story ran later.');
    expect(names.mentions.find((m) => m.run === 'Toronto Star')?.kind).toBe('organisation');
    expect(names.mentions.find((m) => m.run === 'Mother Jones')?.kind).toBe('organisation');
  });

  it('a verb or adjective ending like a role noun ("prevent", "violent") is no title that makes the name after it a person', () => {
    const names = index('The rules prevent Harbour refugees from landing. The violent Storm Ciara passed. Ann Lee spoke.');
    expect(names.mentions.find((m) => m.run === 'Harbour')?.title ?? null).toBeNull();
    expect(names.mentions.find((m) => m.run === 'Storm Ciara')?.title ?? null).toBeNull();
  });
});
