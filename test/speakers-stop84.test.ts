// Quote speakers (stop 84, from a judged sample of web, BBC and Wikinews pages): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const namesOf = (...paragraphs: string[]) => analyzeParagraphs('A headline for the test', ...paragraphs).quotes.map((q) => q.speaker?.name ?? null);

describe('stop 84: a name before the role that serves a body', () => {
  it('the body\'s own "of" ("Institute of Harbour Affairs") is no opening phrase: the name before the role speaks', () => {
    expect(namesOf('Peter Dorrit, a research fellow at the Institute of Harbour Affairs said: "The pier will not last the winter."')).toEqual(['Peter Dorrit']);
  });

  it('a "fellow" is a role like a "researcher": the body after "at" is whom the role serves', () => {
    expect(namesOf('Peter Dorrit, a research fellow at Harbour University said: "The pier will not last the winter."')).toEqual(['Peter Dorrit']);
  });

  it('an opening phrase with no comma still leaves the name after it', () => {
    expect(namesOf('At the harbour meeting Lee said: "The pier will not last the winter."', 'Ann Lee runs the trust.')).toEqual(['Ann Lee']);
  });
});

describe('stop 84: a sentence of narration reported by a pronoun', () => {
  it('"John Reed would lead the campaign, he said." — a later "he" is the reporter, not the person his report is about', () => {
    expect(
      namesOf(
        'Mr Marr explained the plan was the town\'s answer to the polls. "Not many people miss the old pier," he declared.',
        'Nobody, he claimed, could picture the council leader on the pier. And Mayor John Reed would be in the very front line of that campaign, he said. "Between now and the vote the mayor will be out on the pier," he promised.',
      ),
    ).toEqual(['Marr', 'Marr']);
  });

  it('a fronted clause\'s subject may be the reporter herself ("Though Ms. Lee has lived there …, she said")', () => {
    expect(
      namesOf(
        '"We skate every day," said Ms. Ortiz.',
        'Though Ms. Lee has spent most of her life on the harbour, the new flats have brought more police, she said.',
        '"Cops have taken over the whole harbour," she said.',
      ),
    ).toEqual(['Ortiz', 'Lee']);
  });
});

describe('stop 84: "ordered" reports the words it follows', () => {
  it('"“Hands! Let me see your hands!” an officer ordered." credits the officer', () => {
    expect(namesOf('The car stopped at the pier. "Hands! Let me see your hands!" an officer ordered.')).toEqual(['officer']);
  });
});

describe('stop 84: the body in capitals before a role is part of the title', () => {
  const titlesOf = (...paragraphs: string[]) => analyzeParagraphs('A headline for the test', ...paragraphs).quotes.map((q) => q.speaker?.title ?? null);

  it('"State Department official David Holmes", "ACTU leader Greg Combet": an organisation word or an acronym ends the body', () => {
    expect(titlesOf('Last week State Department official David Holmes met the press.', '"We will see the plan through," Holmes said.')).toEqual([
      'State Department official',
    ]);
    expect(titlesOf('ACTU leader Greg Combet spoke in Sydney.', '"There is a clear choice," Combet said.')).toEqual(['ACTU leader']);
  });

  it('a sentence word before the body ("While White House …") is left out; a person\'s name before a role is its modifier', () => {
    expect(titlesOf('While White House press secretary Josh Earnest spoke, the crowd grew.', '"We will see the plan through," Earnest said.')).toEqual([
      'White House press secretary',
    ]);
    // Stop 87: one capitalised word before a role qualifies it ("Tory frontbencher"), so the adviser is Obama's, as written.
    expect(titlesOf('Obama adviser Ben Rhodes spoke in Havana.', '"We will see the plan through," Rhodes said.')).toEqual(['Obama adviser']);
  });
});

describe("stop 84: a player's position before the name is a title", () => {
  it('"Browns DL Sheldon Richardson": the team and position are the title, and "Richardson" later is Sheldon Richardson', () => {
    const [speaker] = analyzeParagraphs(
      'A headline for the test',
      'Browns DL Sheldon Richardson weighed in on the fight.',
      'Richardson said that Rudolph "cannot start a fight and then claim he was bullied."',
    ).quotes.map((q) => q.speaker);
    expect(speaker).toMatchObject({ name: 'Sheldon Richardson', title: 'Browns DL' });
  });
});

describe('stop 84: a company or party called by its first word', () => {
  it('"American Airlines (AAL) said …. “…,” American said" credits American Airlines', () => {
    expect(
      namesOf(
        'American Airlines (AAL) said its computers were fixed.',
        '"We are working closely with our vendors on the harbour," American said in a statement.',
      ),
    ).toEqual(['American Airlines']);
  });

  it('not a bank\'s arm ("Barclays Capital") for the bank, nor a place for a longer name that opens with it', () => {
    expect(
      namesOf('Earnings at Barclays Capital rose 25%.', '"We have caught the winds of a very strong world economy," Barclays said in a statement.'),
    ).toEqual(['Barclays']);
  });
});

describe('stop 84: a lede quotation repeated later as a label', () => {
  it("the lede's quotation with its speaker stays when the later repeat has none", () => {
    const quotes = analyzeParagraphs(
      'A headline for the test',
      'Mayor Ann Lee said the ferries were late in "one or two instances" at most.',
      'The board met on Monday.',
      'Records show more than "one or two instances" of late ferries this winter.',
    ).quotes;
    expect(quotes.map((q) => [q.source.paragraph, q.speaker?.name ?? null])).toEqual([[1, 'Ann Lee']]);
  });
});

describe('stop 84: the name after "the first time"', () => {
  it('"It was the first time Ann Lee said “…”" credits Ann Lee; "every time Lee speaks" too', () => {
    expect(namesOf('It was the first time Ann Lee said "we will win the whole state."')).toEqual(['Ann Lee']);
    expect(namesOf('Ann Lee runs the port.', 'Every time Lee speaks she says "the pier will close before the winter."')).toEqual(['Ann Lee']);
  });
});
