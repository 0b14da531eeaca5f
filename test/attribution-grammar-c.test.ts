// Noun phrases around reporting verbs: party labels, appositions, "of" phrases and clauses that are not the speaker (hand-written examples).
import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/analyze.js';

/** The speaker credited with the last quotation of at least four words. */
describe('a party label in brackets between the name and the verb', () => {
  it.each([
    ['“The harbor dredging cannot wait another winter,” Rep. Jane Doakes (D-Ore.) said.', 'Jane Doakes'],
    ['“The harbor dredging cannot wait another winter,” Rep. Jane Doakes (D-Oregon) said on Monday.', 'Jane Doakes'],
    ['“We will hold hearings on the contract next month,” state Sen. Paul Varga (D) said.', 'Paul Varga'],
    ['“The border fence money is already spent,” Sen. Luis Ortega (R-Texas) told reporters.', 'Luis Ortega'],
    ['“The border fence money is already spent,” Sen. Luis Ortega (R-N.M.) said in a statement.', 'Luis Ortega'],
    ['Rep. Helen Marsh (D-Wash.) said the fund was “nearly empty by the end of the summer.”', 'Helen Marsh'],
    ['After the vote on the farm bill, Gov. Carl Brandt (R-Iowa), said, “We did what the growers asked us to do.”', 'Carl Brandt'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('a party label set off by commas between the name and the verb', () => {
  it.each([
    // An opening phrase with no comma leaves the label as the only capitalised words before the verb.
    ['Speaking on local radio Senator Dana Pruitt, R-PA, said the vote was “too close to call this week.”', 'Dana Pruitt'],
    ['On Monday Sen. Luis Ortega, D-N.M., said the fence money was “already spent on the wrong things.”', 'Luis Ortega'],
    ['Rep. Helen Marsh, I-Vt., said the fund was “nearly empty by the end of the summer.”', 'Helen Marsh'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('a description and a name in apposition: the name speaks', () => {
  it.each([
    [
      '“We will knock on every door in the county before the vote,” said the mayor’s deputy campaign manager, Ruth Okafor, who ran the 2018 effort.',
      'Ruth Okafor',
    ],
    ['“The schedule was never realistic,” the union’s chief negotiator, Tomas Reyes, told reporters.', 'Tomas Reyes'],
    ['The director of the Riverside Housing Council, Miriam Hale, warned that the plan would be “a disaster for renters.”', 'Miriam Hale'],
    ['“The bridge has to be finished by winter,” the acting state transportation secretary, Donald Kerr, said on Monday.', 'Donald Kerr'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('keeps the name when it comes first and the description after', () => {
    expect(speakerOf('“The bridge has to be finished by winter,” Donald Kerr, the acting transportation secretary, said.')).toBe('Donald Kerr');
  });
});

describe('age, home town and relative clauses after a name', () => {
  it.each([
    ['“Neither of them speaks for me,” Paula Greer, 44, of Dayton, Ohio, who was among the voters surveyed, said in an interview.', 'Paula Greer'],
    ['Martin Sloane of Macon, Georgia says he will vote for whoever promises to “fix the roads first.”', 'Martin Sloane'],
    ['“Turnout in the suburbs will decide this race,” Leo Vance, the data analyst who founded votecount.org wrote on Friday.', 'Leo Vance'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('a phrase or clause that goes on from the quotation holds no speaker', () => {
  it.each([
    ['Mayor Carl Brandt faces a recall vote in May.', '"This will be a very hard winter for everyone in the valley" for Brandt, said Nora Pike.', 'Nora Pike'],
    [
      'The council meets on Monday.',
      '"The lease terms are far better than anything we were offered last year" than those of Carver Realty, Okoro said.',
      'Okoro',
    ],
    [
      'Ana Delgado won the primary.',
      '"Nobody expected the turnout to be this high in the valley" that Delgado drew, said Irene Moss, a county clerk.',
      'Irene Moss',
    ],
  ])('%s / %s', (intro, text, speaker) => {
    expect(speakerOf(intro, text)).toBe(speaker);
  });

  it('credits the main clause, not a fronted clause, before a colon', () => {
    expect(
      speakerOf(
        'When Garcia suggested that the county would appeal the ruling, Whitman fired back sharply: “If they appeal, they will lose again in the higher court.”',
      ),
    ).toBe('Whitman');
  });

  it('reads "comments" after a possessive as a noun', () => {
    expect(
      speakerOf(
        'Hargrove spoke on Thursday.',
        'Governor Amy Lind told reporters on Friday that Hargrove’s comments “missed the point entirely, and the voters know it.”',
      ),
    ).toBe('Amy Lind');
  });
});

describe('roles around a name and sources after "according to"', () => {
  it.each([
    ['“The evidence does not support any charge against the two officers,” according to a court filing signed by county prosecutor Lena Marsh.', 'Lena Marsh'],
    ['Victor Oyelaran, president and CEO of the Harbor Shipping Association stated, “It is not a labor problem; it is a dredging problem.”', 'Victor Oyelaran'],
    ['“This was the best night of the whole campaign,” said the senator’s warm-up speaker, singer Maya Lund.', 'Maya Lund'],
    [
      'The new rules “will not end the backlog, but they are a start,” Oscar Brandt, deputy director for housing, transit, parks, and planning, said on the call.',
      'Oscar Brandt',
    ],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('a new statement joined by "and" after the quotation', () => {
  it('credits the reporting verb before the quotation', () => {
    expect(
      speakerOf(
        'Mayor Ellen Park spoke after Governor Tom Reyes.',
        'Later, Park said she "asked the state auditor to review every contract signed by the water board," and he said he expected the audit to take months.',
      ),
    ).toBe('Ellen Park');
  });

  it('still credits "and she added" when no verb stands before the quotation', () => {
    expect(
      speakerOf(
        'Mayor Ellen Park spoke on Monday.',
        '"We asked the state auditor to review every contract signed by the board," and she added that the audit would take months.',
      ),
    ).toBe('Ellen Park');
  });
});

describe('an opening phrase is not the subject', () => {
  it.each([
    ['Immediately after the hearing, Senator Rosa Quint issued a statement, “The committee has failed the families who waited for answers.”', 'Rosa Quint'],
    ['Like the mayor, Councilwoman Tara Bell was wary of the deal, warning that it could leave the city “holding the bill for decades to come.”', 'Tara Bell'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('a role with "of" before the name after the verb', () => {
  it.each([
    ['"Welcome, everyone, to the twentieth harvest fair in the valley," said master of ceremonies Dario Fenn, a retired teacher.', 'Dario Fenn'],
    ['"The first duty of any government is to keep its people safe," said former secretary of state Ann Lowell, who spoke after the governor.', 'Ann Lowell'],
    // A capitalised title or body goes on through "of" too; a name does not ("said Hale of the plan": of whom he spoke).
    ['"We see a low risk of recession this year," said Bank of Freedonia chief Ilkan Dorrit, despite weak figures.', 'Ilkan Dorrit'],
    ['"The talks will resume in the spring," said Secretary of State Ann Lowell.', 'Ann Lowell'],
    ['"The rates will stay where they are," said Bank of Freedonia.', 'Bank of Freedonia'],
    ['"It is a plan for the few," said Victor Hale of Ann Lowell.', 'Victor Hale'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('a title of a body before the name it is given', () => {
  it.each([
    [
      'The Minister for Harbour Affairs, Tom Hale, however focused elsewhere, and said that "there is one group that represents privilege in this place."',
      'Tom Hale',
    ],
    ['The Chief of the Harbour Staff, Sir Tom Hale, condemned those who leaked the plan, saying it would "put lives at risk on the water."', 'Tom Hale'],
  ])('%s → %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});
