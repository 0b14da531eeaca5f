// Concerns (stop 91): a harm the casualties were told in, or a crash told in the simple past, already happened (GUIDELINE: neutral facts).
import { describe, expect, it } from 'vitest';
import { concernsOf } from './helpers/analyze.js';

const lead = 'David Cameron spoke on Monday.';

describe('stop 91: harms already over', () => {
  it('"killed in a helicopter crash, the military said" reports a crash, not a worry', () => {
    expect(concernsOf(lead, 'Two service members have been killed in a helicopter crash in Afghanistan, the US military said on Wednesday.')).toEqual([]);
  });
  it('"the helicopter, which it said crashed in Logar" tells a crash', () => {
    expect(concernsOf(lead, 'The group said the helicopter crashed in Logar province south of the capital.')).toEqual([]);
  });
  it('a crash that could still come is feared (guard)', () => {
    expect(concernsOf(lead, 'Experts warned that soldiers could be killed in a helicopter crash if the fleet is not grounded.')).toHaveLength(1);
  });
  it('a crash told beside a fear of the next one is feared (guard)', () => {
    expect(concernsOf(lead, 'Analysts fear the market crashed too fast and could crash again.')).toHaveLength(1);
  });
  it('"the cause of the crash is under investigation" names a crash that happened', () => {
    expect(concernsOf(lead, '"The cause of the crash is under investigation," the statement said.')).toEqual([]);
  });
  it('"shot down and completely destroyed last night" tells a deed with its time', () => {
    expect(concernsOf(lead, '"The helicopter was shot down and completely destroyed last night," the spokesman said.')).toEqual([]);
  });
  it('a harm that could come on a day is still feared (guard)', () => {
    expect(concernsOf(lead, 'Officials fear the bridge could be destroyed on Tuesday if the storm hits.')).toHaveLength(1);
  });
  it('"with 584 deaths" counts a toll already taken', () => {
    expect(concernsOf(lead, 'According to the WHO, there were 3,248 cases reported worldwide between 2010 and 2015, with 584 deaths.')).toEqual([]);
  });
  it('deaths that go on each year, or may come, are still feared (guard)', () => {
    expect(concernsOf(lead, 'Doctors warned that air pollution causes 40,000 deaths a year.')).toHaveLength(1);
    expect(concernsOf(lead, 'The virus could cause 10,000 deaths, officials said.')).toHaveLength(1);
  });
});

describe('stop 91: an adjective of worry set off after its subject', () => {
  it('"The doctors, alarmed that …, are urging" holds the doctors', () => {
    const [concern] = concernsOf(lead, 'The doctors, alarmed that the administration is denying flu vaccines, are urging the department to act.');
    expect(concern?.holder).toBe('doctors');
  });
  it('a thing set off with "alarmed by" holds no one (guard)', () => {
    expect(concernsOf(lead, 'The report, alarmed by rising costs, was sent to the board.')[0]?.holder ?? null).toBeNull();
  });
});

describe("stop 91: a worry answered is not the answerer's", () => {
  it('"Stankey said in response to concerns about zero rating:" leaves the holder empty', () => {
    const [concern] = concernsOf(lead, 'Here is what chief executive John Stankey said yesterday in response to concerns about zero rating:');
    expect(concern?.fear).toBe('zero rating');
    expect(concern?.holder ?? null).toBeNull();
  });
  it('"Stankey said he has concerns about zero rating" is his (guard)', () => {
    expect(concernsOf(lead, 'John Stankey said he has concerns about zero rating.')[0]?.holder).toBe('John Stankey');
  });
});

describe('stop 91: "dead" in a figure', () => {
  it.each([
    'Pence goes about it with all the passion of a dead fish, one insider said.',
    'No one has ever tried doing a film in a dead language, the producer said.',
    'We made a musical for folks who would not be caught dead at a musical, the director said.',
    'The mayor said the pier would close over their dead bodies.',
  ])('%s', (sentence) => {
    expect(concernsOf(lead, sentence)).toEqual([]);
  });
  it('a death feared is no figure (guard)', () => {
    expect(concernsOf(lead, 'Officials warned that many could be left dead if the dam failed.')).toHaveLength(1);
  });
});

describe('stop 91: a worry noun as the subject fears only its phrase', () => {
  it.each([
    ['Current fears about a potential plague outbreak are perhaps being fuelled by past health crises.', 'a potential plague outbreak'],
    ['Fears of a trade war were growing on Monday.', 'a trade war'],
    ['On Monday, worries about inflation have weighed on markets.', 'inflation'],
  ])('%s', (sentence, fear) => {
    expect(concernsOf(lead, sentence)[0]?.fear).toBe(fear);
  });
  it('a noun after a verb keeps its clause, and a clause inside the phrase is not cut (guard)', () => {
    expect(concernsOf(lead, 'Three cases were found, sparking widespread fears about the spread of the disease.')[0]?.fear).toBe('the spread of the disease');
    expect(concernsOf(lead, 'Fears of a war that could spread were growing.')[0]?.fear).toContain('a war that could spread');
  });
});

describe('stop 91: a harm one does not think can be said', () => {
  it('"I don\'t think one can say that conditions have worsened" reassures', () => {
    expect(concernsOf(lead, '"I don\'t think one can say that conditions have worsened just because of the fall in October," he said.')).toEqual([]);
  });
  it('"I think conditions have worsened" still worries (guard)', () => {
    expect(concernsOf(lead, '"I think conditions have worsened," he said.')).toHaveLength(1);
  });
});
