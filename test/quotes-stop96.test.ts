// Quotations and titles (stop 96): roles after a name that open on a role noun, a body's name, qualifiers joined by "and", or a
// title in capitals after "the"; an age written "age 58" or in brackets; occupations no word ending marks ("guard", "retiree").
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const speakersOf = (...paragraphs: string[]) => analyzeParagraphs('A headline for the test', ...paragraphs).quotes.map((q) => q.speaker);
const said = '"We have to do much more to stop it," said';

describe('stop 96: a role after the name without its article', () => {
  it('"pastor of …": a role noun its preposition places', () => {
    const [speaker] = speakersOf(`${said} Brad Sherman, pastor of Coralville's Solid Rock Christian Church.`);
    expect(speaker).toMatchObject({ name: 'Brad Sherman', title: "pastor of Coralville's Solid Rock Christian Church" });
  });
  it('"co-director of …"', () => {
    const [speaker] = speakersOf(`${said} Dean Baker, co-director of the Center for Economic and Policy Research.`);
    expect(speaker?.title).toBe('co-director of the Center for Economic and Policy Research');
  });
  it('"World Bank country director for …": a body\'s name of two capitalised words opens the role', () => {
    const [speaker] = speakersOf(`${said} Nigel Roberts, World Bank country director for the West Bank and Gaza.`);
    expect(speaker?.title).toMatch(/^World Bank country director/);
  });
  it('"research and policy director of …": two qualifiers joined by "and", kept whole past eight words', () => {
    const [speaker] = speakersOf(`${said} Josh Bivens, research and policy director of the progressive Economic Policy Institute.`);
    expect(speaker?.title).toBe('research and policy director of the progressive Economic Policy Institute');
  });
  it('"head of the … Commission (AIHRC)": the bracketed acronym does not leave the role open', () => {
    const [speaker] = speakersOf(`${said} Abdul Quadar Noorzai, head of the Afghan Independent Human Rights Commission (AIHRC).`);
    expect(speaker?.title).toBe('head of the Afghan Independent Human Rights Commission');
  });
  it('"however" or "after" after the comma is no role (guard)', () => {
    expect(speakersOf(`${said} John Hill, however, in a statement.`)[0]?.title ?? null).toBeNull();
    expect(speakersOf(`${said} John Hill, after a meeting.`)[0]?.title ?? null).toBeNull();
  });
});

describe('stop 96: a title in capitals after "the"', () => {
  it('"the Uzbek Interior Minister"', () => {
    expect(speakersOf(`${said} Zakir Almatov, the Uzbek Interior Minister.`)[0]?.title).toBe('Uzbek Interior Minister');
  });
  it('"the Prime Minister"', () => {
    expect(speakersOf(`${said} Gordon Brown, the Prime Minister.`)[0]?.title).toBe('Prime Minister');
  });
  it('"the New York Times" is no title (guard)', () => {
    expect(speakersOf(`${said} Jane Doe, the New York Times.`)[0]?.title ?? null).toBeNull();
  });
});

describe('stop 96: an age written out or in brackets', () => {
  it('"Dietmar Klein, age 58, a German lawyer"', () => {
    expect(speakersOf(`${said} Dietmar Klein, age 58, a German lawyer.`)[0]?.title).toBe('German lawyer');
  });
  it('"Meir Farhan (40), a taxi driver"', () => {
    expect(speakersOf(`${said} Meir Farhan (40), a taxi driver.`)[0]?.title).toBe('taxi driver');
  });
});

describe('stop 96: occupations no word ending marks', () => {
  for (const role of ['security guard', 'retiree', 'waitress', 'cook', 'Navy veteran']) {
    it(`"Marvin Teske, a ${role} at the plant, …" titles him later`, () => {
      const [speaker] = speakersOf(`Marvin Teske, a ${role} at the plant, is back at work.`, '"It is good to be back at last," Teske said.');
      expect(speaker).toMatchObject({ name: 'Marvin Teske', title: `${role} at the plant` });
    });
  }
});

describe('stop 96: a firm name with "&" and a participle after it', () => {
  it('"an attorney for Steptoe & Johnson" keeps the whole firm', () => {
    expect(speakersOf(`${said} Michael Navarre, an attorney for Steptoe & Johnson.`)[0]?.title).toBe('attorney for Steptoe & Johnson');
  });
  it('"a reporter for U.S. News & World Report arrested in Moscow" ends before the participle', () => {
    expect(speakersOf(`${said} Nick Daniloff, a reporter for U.S. News & World Report arrested in Moscow in 1986.`)[0]?.title).toBe(
      'reporter for U.S. News & World Report',
    );
  });
});

describe('stop 96: the one told is not the "he" who speaks', () => {
  it('"“…,” he told Rubio" is the questioner named before, not Rubio', () => {
    const speakers = speakersOf(
      'State Rep. Rio Tilton is "99.9" percent certain he is going to vote for Marco Rubio. He is far less sure where Rubio stands on abortion.',
      'At a coffee shop last month, Rubio supporter Scott Szlachta told the senator that he drove from Chicago to ask him about visas. Rubio co-sponsored a bill this year that would triple the annual cap on visas.',
      '"U.S. citizens that are in my spot have been horribly abused by the program," he told Rubio.',
    );
    expect(speakers.at(-1)?.name).toBe('Scott Szlachta');
  });
  it('"he told reporters" leaves the nearest subject the speaker (guard)', () => {
    const speakers = speakersOf('Marco Rubio spoke in Iowa on Monday.', '"We will win this state in February," he told reporters.');
    expect(speakers.at(-1)?.name).toBe('Marco Rubio');
  });
});

describe('stop 96: a name used as an adjective names no one', () => {
  it('"a Chet Baker-ish trumpet solo" adds no person a pronoun could mean', () => {
    const speakers = speakersOf('The film opens with a Chet Baker-ish trumpet solo.', '"I had been wanting to do that for years," he said.');
    expect(speakers.at(-1)?.name ?? '').not.toMatch(/-ish$/);
  });
});

describe('stop 96: an academic form of address is no role', () => {
  it('"Chief Medical Officer Professor Paul Kelly … Prof Kelly said" is titled Chief Medical Officer', () => {
    const speakers = speakersOf(
      'Chief Medical Officer Professor Paul Kelly said the vaccine was safe.',
      '"We have no evidence of any harm from the vaccine at all," Prof Kelly said.',
    );
    expect(speakers.at(-1)).toMatchObject({ name: 'Paul Kelly', title: 'Chief Medical Officer' });
  });
  it('"Prof Kelly" after "Professor Paul Kelly", with no other role, is titled "Professor", not "Prof"', () => {
    const speakers = speakersOf('Professor Paul Kelly said the vaccine was safe.', '"We have no evidence of any harm from it at all," Prof Kelly said.');
    expect(speakers.at(-1)?.title).toBe('Professor');
  });
});
