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
