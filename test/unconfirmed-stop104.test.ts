// Unconfirmed claims (stop 104): "far from certain / clear / sure" states a gap, as "not clear" does.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed } from './helpers/analyze.js';

describe('stop 104: "far from certain" is a stated gap', () => {
  it.each([
    [
      "It is far from certain that Mr. Manafort's views have directly shaped Mr. Trump's.",
      'far from certain',
      "Mr. Manafort's views have directly shaped Mr. Trump's",
    ],
    ['It is still far from clear how future administrations will view the deal.', 'far from clear', 'how future administrations will view the deal'],
  ])('"%s" → %s: "%s"', (sentence, cue, claim) => {
    expect(onlyUnconfirmed(sentence)).toMatchObject({ cue, claim, kind: 'gap' });
  });
  it('"far from assured of" a good outcome is no gap (guard)', () => {
    expect(onlyUnconfirmed('Democrats are far from assured of a smoothly functioning economy next year.')).toBeUndefined();
  });
});

describe('stop 104: what a lawsuit, complaint or indictment says is an allegation', () => {
  it.each([
    [
      '“The plaintiff was the only one of the four to be reprimanded,” the suit says.',
      'suit says',
      'The plaintiff was the only one of the four to be reprimanded',
    ],
    ['The company hid its losses from investors for years, the complaint states.', 'complaint states', 'The company hid its losses from investors for years'],
    ['The federal lawsuit says the company knew about the defect.', 'lawsuit says', 'the company knew about the defect'],
    [
      'The three men intended to reopen the site as a mall, according to a lawsuit filed in Manhattan.',
      'according to a lawsuit',
      'The three men intended to reopen the site as a mall',
    ],
  ])('"%s" → %s: "%s"', (sentence, cue, claim) => {
    expect(onlyUnconfirmed(sentence)).toMatchObject({ cue, claim, kind: 'allegation' });
  });
  it('a lawsuit that is only filed states nothing (guard)', () => {
    expect(onlyUnconfirmed('The suit was filed in May in a federal court in Manhattan.')).toBeUndefined();
  });
});

describe('stop 104: "according to <kind of> officials" names no one', () => {
  it.each([
    [
      'According to law enforcement officials, the Facebook account was linked to an older email account.',
      'the Facebook account was linked to an older email account',
    ],
    [
      'The campaign will join the lawsuit after it is filed on Friday, according to Democratic officials.',
      'The campaign will join the lawsuit after it is filed on Friday',
    ],
  ])('"%s" → "%s"', (sentence, claim) => {
    expect(onlyUnconfirmed(sentence)).toMatchObject({ claim, kind: 'anonymous-source' });
  });
  it('a named official is on the record (guard)', () => {
    expect(onlyUnconfirmed('The bridge will reopen in May, according to Ann Lee, the city engineer.')).toBeUndefined();
  });
});

describe('stop 104: "to maintain" reports nothing', () => {
  it('the claim keeps the clause before an infinitive "maintain"', () => {
    expect(
      onlyUnconfirmed('The White House is considering a proposal to maintain at least one base in the country, according to unnamed officials.')?.claim,
    ).toBe('The White House is considering a proposal to maintain at least one base in the country');
  });
  it('"maintain that" still opens the reported clause (guard)', () => {
    expect(onlyUnconfirmed('They maintain that the vote was rigged, according to sources.')?.claim).toBe('the vote was rigged');
  });
});

describe('stop 104: a suggestion whose clause holds its own modal is a hedge', () => {
  it.each([
    ['Jealous said so, suggesting that a more progressive platform could help her defeat the nominee.', 'hedged'],
    ['Manafort politely suggested that this might be seen as condescending.', 'hedged'],
  ])('"%s" → %s', (sentence, kind) => {
    expect(onlyUnconfirmed(sentence)).toMatchObject({ kind });
  });
  it('a suggestion with no modal of its own stays an allegation (guard)', () => {
    expect(onlyUnconfirmed('He suggested that the Fed was keeping rates low at the behest of the administration.')).toMatchObject({ kind: 'allegation' });
  });
});

describe('stop 104: a hedge inside an appositive on the opening name claims only the aside', () => {
  it.each([
    [
      'Marco Rubio -- perhaps the most likely consensus candidate -- stayed off the airwaves to focus on New Hampshire.',
      'Marco Rubio is perhaps the most likely consensus candidate',
    ],
    [
      'Sinn Fein, the Irish party widely regarded as the political wing of the IRA, has voted to accept the police.',
      'Sinn Fein is the Irish party widely regarded as the political wing of the IRA',
    ],
  ])('"%s" → "%s"', (sentence, claim) => {
    expect(onlyUnconfirmed(sentence)?.claim).toBe(claim);
  });
  it('a relative clause is no appositive (guard)', () => {
    expect(onlyUnconfirmed('Ann Lee, who allegedly took bribes, resigned on Monday.')?.claim).toBe('Ann Lee allegedly took bribes');
  });
  it('a hedge after the aside keeps its own clause (guard)', () => {
    expect(onlyUnconfirmed('Ann Lee, the mayor, said the plan would likely fail.')?.claim).toBe('the plan would likely fail');
  });
});

describe('stop 104: "according to The Hill" reports another outlet', () => {
  it('is unverified', () => {
    expect(onlyUnconfirmed('The figure does not include dividends, interest or royalties, according to The Hill.')).toMatchObject({
      cue: 'according to The Hill',
      kind: 'unverified',
    });
  });
  it('a town police force is no outlet (guard)', () => {
    expect(onlyUnconfirmed('The school is closed for the week, according to Chapel Hill police.')).toBeUndefined();
  });
});
