// Speakers and titles (stop 105): a level of government before a title ("state Sen."), a role held "then", a web name in a role
// ("founder of OneStat.com"), and sentence openers that are no names ("Back in 1999,", "Others", "Someone").
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, speakersAndTitles } from './helpers/analyze.js';

describe('stop 105: a level of government stays with the title', () => {
  it.each([
    ['“I don’t think that’s the case,” state Sen. Jason Holsman (D) said.', 'Jason Holsman | state Sen.'],
    ['“I don’t think that’s the case,” said state Rep. Karlee Macer.', 'Karlee Macer | state Rep.'],
    ['“No one controls the black vote,” said former state Sen. Jason Holsman.', 'Jason Holsman | former state Sen.'],
    ['“The law is clear about this,” said county Commissioner Ann Lee.', 'Ann Lee | county Commissioner'],
  ])('%s', (paragraph, expected) => {
    expect(speakersAndTitles(paragraph)).toEqual([expected]);
  });
  it('a title with no level before it is unchanged (guard)', () => {
    expect(speakersAndTitles('“I don’t think that’s the case,” said Sen. Jason Holsman.')).toEqual(['Jason Holsman | Sen.']);
  });
});

describe('stop 105: a role held then keeps its "then"', () => {
  it.each([
    ['“It was to be a cautionary tale,” said Susan Crawford, then Maples’s literary agent.', 'Susan Crawford | then Maples’s literary agent'],
    ['“It was to be a cautionary tale,” said Susan Crawford, then the literary agent of Marla Maples.', 'Susan Crawford | then literary agent of Marla Maples'],
  ])('%s', (paragraph, expected) => {
    expect(speakersAndTitles(paragraph)).toEqual([expected]);
  });
  it('"then" as a time word after the name gives no title (guard)', () => {
    expect(speakersAndTitles('Susan Crawford, then, said: “It was to be a cautionary tale for everyone.”')).toEqual(['Susan Crawford | -']);
  });
});

describe('stop 105: a web name is one word in a role', () => {
  it.each([
    ['“It grows every single day,” said Niels Brinkman, founder of OneStat.com.', 'Niels Brinkman | founder of OneStat.com'],
    ['“Candidates must be authentic,” said Jake Horowitz, editor in chief of Mic.com.', 'Jake Horowitz | editor in chief of Mic.com'],
    ['“We would like to know what hit it,” said Michael Berger, spokesman for 911Truth.org.', 'Michael Berger | spokesman for 911Truth.org'],
  ])('%s', (paragraph, expected) => {
    expect(speakersAndTitles(paragraph)).toEqual([expected]);
  });
});

describe('stop 105: openers that are no names', () => {
  it('"Back in 1999," opens the sentence before its subject', () => {
    expect(
      speakersAndTitles(
        'Back in 1999, Mr. Trump expressed admiration for Mr. Clinton’s retail political skills, telling CNBC: “I wish I could be like that. I just can’t.”',
      ),
    ).toEqual(['Trump | -']);
  });
  it.each([
    ['Others, reacting to the gap between the shooting and the video’s release, shouted, “Stop the coverup now!”'],
    ['Someone literally once said to me, “That dress is gorgeous! Try it with Spanx next time!”'],
  ])('no one in particular is no speaker: %s', (paragraph) => {
    expect(speakersAndTitles(paragraph)).toEqual(['- | -']);
  });
  it('"Some people" still speak as a group (guard)', () => {
    expect(speakersAndTitles('Some people yelled, “Troops out of Iraq now!”')).toEqual(['Some people | -']);
  });
});

describe('stop 105: "states" after a word that qualifies it is the countries', () => {
  it.each([
    ['Some believe the U.S. is “urging” Arab states to appoint ambassadors to Iraq, to “support the new government and curb the resistance.”'],
    ['It alleged that G8 member states had failed to “put the protection of civilians above politics” in their talks.'],
  ])('no speaker from the noun: %s', (paragraph) => {
    expect(speakersAndTitles(paragraph).every((s) => !/Arab|G8/.test(s))).toBe(true);
  });
  it('"the report states" still reports (guard)', () => {
    expect(analyzeParagraphs('A headline for the test', '“The plan must be reviewed every single year,” the report states.').quotes[0]?.verb).toBe('states');
  });
});

describe('stop 105: a second role cut short by the cap goes', () => {
  it('"an attorney at Caplin & Drysdale and the director of …" keeps the first role whole', () => {
    expect(
      speakersAndTitles(
        '“It would be really foolish to do,” said H. David Rosenbloom, an attorney at Caplin & Drysdale and the director of the international tax program at New York University School of Law.',
      ),
    ).toEqual(['H. David Rosenbloom | attorney at Caplin & Drysdale']);
  });
  it('two roles that fit are both kept (guard)', () => {
    expect(
      speakersAndTitles(
        '“There is a practical puzzle of how a role like this would work,” said Austan D. Goolsbee, an economic adviser to President Obama and a professor at the University of Chicago.',
      ),
    ).toEqual(['Austan D. Goolsbee | economic adviser to President Obama and a professor at the University of Chicago']);
  });
});

describe('stop 105: a religious honorific gives way to the role the article gives', () => {
  it('"Sheikh Hassan Nasrallah" with a role named later prints the role', () => {
    expect(
      speakersAndTitles(
        'Hezbollah leader Hassan Nasrallah spoke on television on Friday night.',
        '“You wanted an open war and we are ready for an open war,” Sheikh Hassan Nasrallah said.',
      ),
    ).toEqual(['Hassan Nasrallah | Hezbollah leader']);
  });
  it('"Rev. Al Sharpton" with no role keeps the honorific (guard)', () => {
    expect(speakersAndTitles('“Making not voting an insult is a shot in the arm,” said Rev. Al Sharpton.')).toEqual(['Al Sharpton | Rev.']);
  });
});

describe('stop 105: one capitalised word and a role, closed at once, after the name', () => {
  it('"Hassan Nasrallah, Hezbollah leader, said"', () => {
    expect(speakersAndTitles('“We will respond to this attack with all our force,” Hassan Nasrallah, Hezbollah leader, said.')).toEqual([
      'Hassan Nasrallah | Hezbollah leader',
    ]);
  });
  it('a capitalised word and a word that is no role stay out (guard)', () => {
    expect(speakersAndTitles('“We will respond to this attack with all our force,” Hassan Nasrallah, Monday night, said.')).toEqual(['Hassan Nasrallah | -']);
  });
});

describe('stop 105: a role that opens the sentence before the name', () => {
  it.each([
    [
      'An Iraq expert at the University of London, Tony Dodge said, “The war was never going to be easy for anyone.”',
      'Tony Dodge | Iraq expert at the University of London',
    ],
    ['Commanding officer of the unit, Seema Dhundia told reporters: “We are ready for whatever comes next.”', 'Seema Dhundia | Commanding officer of the unit'],
  ])('%s', (paragraph, expected) => {
    expect(speakersAndTitles(paragraph)).toEqual([expected]);
  });
  it.each([
    ['Months after he savaged her on Twitter and elsewhere, Megyn Kelly said: “We are ready for whatever comes next.”', 'Megyn Kelly | -'],
    ['In his email to members, Ann Lee said: “We are ready for whatever comes next.”', 'Ann Lee | -'],
  ])('an opening clause is no role (guard): %s', (paragraph, expected) => {
    expect(speakersAndTitles(paragraph)).toEqual([expected]);
  });
});

describe('stop 105: an unnamed associate is a source, as an aide is', () => {
  it.each([
    ['“What I always found was you have to suggest something to him,” one close associate said.', 'one close associate | -'],
    ['“He never liked orders from anyone at all,” said the associate.', 'associate | -'],
  ])('%s', (paragraph, expected) => {
    expect(speakersAndTitles(paragraph)).toEqual([expected]);
  });
  it('"associate professor" stays a role after a name (guard)', () => {
    expect(speakersAndTitles('“He never liked orders from anyone at all,” said Ann Lee, an associate professor at Yale.')).toEqual([
      'Ann Lee | associate professor at Yale',
    ]);
  });
});
