// Speakers and titles (stop 101): an office in capitals with its "of" domain, set off before the name it describes.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, speakersAndTitles } from './helpers/analyze.js';

describe('stop 101: "The Secretary of State, John Reid," is the office of the name after it', () => {
  it('titles the name after the quotation', () => {
    expect(speakersAndTitles('“We will not back down from this fight,” the Secretary of State, John Reid, said.')).toEqual(['John Reid | Secretary of State']);
  });
  it('makes the name, not "The Secretary", the subject before a colon', () => {
    expect(speakersAndTitles('The Mayor of Harbourton, Ann Lee, said: “We will not back down from this fight.”')).toEqual(['Ann Lee | Mayor of Harbourton']);
  });
  it('still leaves a body in capitals without a title (guard)', () => {
    const [said] = speakersAndTitles('“We will not back down from this fight,” said the Bank of Harbourton, Ann Lee.');
    expect(said?.split(' | ')[1]).toBe('-');
  });
});

describe('stop 101: a description after "with" is an aside, not the subject', () => {
  it('gives the words to the name before the aside', () => {
    const said = speakersAndTitles('Tom Baker, with the chairman of the Harbour Board, Ann Lee, said the plan was “aimed at dividing the town.”');
    expect(said).toEqual(['Tom Baker | -']);
  });
});

describe('stop 101: an apposition that holds a role and then the name', () => {
  it('finds the name after "One of the participants, former director of the IRS"', () => {
    const said = speakersAndTitles('One of the participants, former director of the IRS Marcus Owens, says the group is “facing a loss of its status.”');
    expect(said.map((s) => s.split(' | ')[0])).toEqual(['Marcus Owens']);
  });
  it('keeps a body\'s letters out of the name ("the IRS Marcus Owens")', () => {
    const said = speakersAndTitles('Former director of the IRS Marcus Owens says the group is “facing a loss of its status.”');
    expect(said.map((s) => s.split(' | ')[0])).toEqual(['Marcus Owens']);
  });
  it("takes no name from a clause after the apposition's comma (guard)", () => {
    const said = speakersAndTitles(
      '“Asia should engage in greater currency flexibility,” said finance minister Herve Gaymard, after a meeting with his counterpart Hans Eichel.',
    );
    expect(said).toEqual(['Herve Gaymard | finance minister']);
  });
});

describe('stop 101: a role in capitals after a name', () => {
  const titleOf = (role: string): string | undefined =>
    speakersAndTitles(`“Our strategy is to be where the consumer is,” said Tom Baker, ${role}.`)[0]?.split(' | ')[1];
  it('reads "CEO of Take-Two", "Chief Executive of Pinnacle" and "Senior Vice President of Sales for Acme"', () => {
    expect(['CEO of Take-Two', 'Chief Executive of Pinnacle', 'Senior Vice President of Sales for Acme'].map(titleOf)).toEqual([
      'CEO of Take-Two',
      'Chief Executive of Pinnacle',
      'Senior Vice President of Sales for Acme',
    ]);
  });
  it('reads a firm named by a short number as an owner ("3\'s marketing director"), not a year', () => {
    expect(["3's marketing director", "2015's best marketing director"].map(titleOf)).toEqual(["3's marketing director", '-']);
  });
  it("still reads no role from a body's letters alone (guard)", () => {
    expect(titleOf('NASA')).toBe('-');
  });
});

describe('stop 101: more roles set beside a name', () => {
  it('reads "NAME is Slack\'s editorial director" as the name\'s title', () => {
    const said = speakersAndTitles(
      'Anna Pickard is Slack’s editorial director. In June, she tweeted a photo, adding, “Fact: My notification noise is set to Hummus.”',
    );
    expect(said).toEqual(['Anna Pickard | Slack’s editorial director']);
  });
  it('still reads no title from a relation after the possessive (guard)', () => {
    const said = speakersAndTitles(
      'Anna Pickard is Slack’s best friend. In June, she tweeted a photo, adding, “Fact: My notification noise is set to Hummus.”',
    );
    expect(said).toEqual(['Anna Pickard | -']);
  });
  it('closes an apposition without its comma on "told" as on "said"', () => {
    const said = speakersAndTitles('“We will consider options once we have information,” Doug Andres, a spokesman for House Speaker Paul Ryan told the Post.');
    expect(said).toEqual(['Doug Andres | spokesman for House Speaker Paul Ryan']);
  });
  it('reads a role placed by "for" before the name ("Bush\'s nominee for ambassador to the United Nations, John Bolton,")', () => {
    const said = speakersAndTitles(
      'George Bush’s nominee for ambassador to the United Nations, John Bolton, spoke on Monday. “There is no such thing as the United Nations,” Bolton said.',
    );
    expect(said).toEqual(['John Bolton | George Bush’s nominee for ambassador to the United Nations']);
  });
  it('keeps the whole office when its nearer "for" opens on nothing ("France\'s secretary of state for the elderly") (guard)', () => {
    const said = speakersAndTitles('“He was a respected manager at the firm,” said France’s secretary of state for the elderly, Pascale Boistard.');
    expect(said).toEqual(['Pascale Boistard | France’s secretary of state for the elderly']);
  });
});

describe('stop 101: a first name the article also uses alone still opens the full name', () => {
  it('keeps "James Van Der Beek" whole when "James" stands alone later', () => {
    const said = speakersAndTitles(
      'James Van Der Beek has been eliminated from the dance show.',
      '“You never know why these things happen,” Van Der Beek said.',
      '“Can I give my place to James?” Ally Brooke asked the judges.',
    );
    expect(said.map((s) => s.split(' | ')[0])).toEqual(['James Van Der Beek', 'Ally Brooke']);
  });
  it('still drops a place that leads a name when the place stands alone (guard)', () => {
    const said = speakersAndTitles(
      'Zimbabwe Morgan Tsvangirai spoke at the rally on Sunday.',
      'Observers from Zimbabwe watched it.',
      '“We will win this election,” Tsvangirai said.',
    );
    expect(said.map((s) => s.split(' | ')[0])).toEqual(['Morgan Tsvangirai']);
  });
});

describe('stop 101: who speaks after a long subject or a recollection', () => {
  it('reads past a state\'s abbreviation before "said" ("Cambridge, Mass., said")', () => {
    const said = speakersAndTitles(
      '“If Reagan had gone with Kemp, I would have been sitting in Siberia for a long time,” Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone.',
    );
    expect(said.map((s) => s.split(' | ')[0])).toEqual(['Daniloff']);
  });
  it("does not read past an abbreviation into another clause's verb (guard)", () => {
    const said = speakersAndTitles(
      'Oliver Hedge runs the course.',
      'In 2009, under what Mr. Hedge called “the prior economy model,” the Marsh Landing Country Club, a private course in Ponte Vedra Beach, Fla., charged a fee.',
    );
    expect(said.map((s) => s.split(' | ')[0])).not.toContain('Marsh Landing Country Club');
  });
  it('gives the words to "the president" someone recalls telling him', () => {
    const said = speakersAndTitles(
      'President Barack Obama met George Mitchell in 2009.',
      '“I really want to try to do something here,” Mr. Mitchell recalled the president telling him.',
    );
    expect(said.map((s) => s.split(' | ')[0])).toEqual(['Barack Obama']);
  });
});

describe('stop 101: a title that runs past a comma or a long body name', () => {
  it("keeps a university's campus after its comma", () => {
    const said = speakersAndTitles(
      '“We are still in the very early days,” says Richard Locksley, an immunologist at the University of California, San Francisco.',
    );
    expect(said).toEqual(['Richard Locksley | immunologist at the University of California, San Francisco']);
  });
  it('takes nothing after the comma of a university without a campus (guard)', () => {
    const said = speakersAndTitles('“We are still in the very early days,” Richard Locksley, a professor at the University of Michigan, said.');
    expect(said).toEqual(['Richard Locksley | professor at the University of Michigan']);
  });
  it('reads a body of five capitalised words before the role ("Fox News Channel White House correspondent")', () => {
    const said = speakersAndTitles(
      'Fox News Channel White House correspondent Ed Henry stirred the pot.',
      '“Candidates are not supposed to confer with staff,” Henry said.',
    );
    expect(said).toEqual(['Ed Henry | Fox News Channel White House correspondent']);
  });
});

describe("stop 101: a left-hand mark after a sentence's end re-opens a quotation whose close was forgotten", () => {
  it('lists both quotations, each with the speaker', () => {
    const said = analyzeParagraphs(
      'A headline for the test',
      'Pinnacle’s director, Steve White, accepted the award. He said: “When we first began working with them, we would never have believed we would win. Through our partnership we built a culture that is open and trusting. “The team should feel justifiably proud of such an outstanding achievement.”',
    ).quotes.map((q) => `${q.text.slice(0, 19)} | ${q.speaker?.name ?? '-'}`);
    expect(said).toEqual(['When we first began | Steve White', 'The team should fee | Steve White']);
  });
  it('still reads a quotation inside a quotation in the same marks as one (guard)', () => {
    const texts = analyzeParagraphs('A headline for the test', '“The claim that “has to do with trade” makes clear what they want,” wrote Ann Lee.').quotes.map(
      (q) => q.text,
    );
    expect(texts).toEqual(['The claim that “has to do with trade” makes clear what they want']);
  });
});
