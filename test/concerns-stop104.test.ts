// Concerns (stop 104): a reassurance that did little or nothing ("has done little to assuage fears that …") leaves the worry standing.
import { describe, expect, it } from 'vitest';
import { concernsOf } from './helpers/analyze.js';

const fears = (paragraph: string): Array<string | null> => concernsOf('Ann Lee is a senator.', paragraph).map((c) => c.fear);

describe('stop 104: a reassurance that did little or nothing', () => {
  it.each([
    ['The new rules have done little to assuage fears that the plant will close.', 'the plant will close'],
    ['The statement did nothing to ease concerns that the bank could collapse.', 'the bank could collapse'],
    ['The minister did very little to calm worries about the deficit.', 'the deficit'],
  ])('"%s" → %s', (paragraph, fear) => {
    expect(fears(paragraph)).toEqual([fear]);
  });
  it('a reassurance that worked is still no concern (guard)', () => {
    expect(fears('The new rules have eased fears that the plant will close.')).toEqual([]);
  });
  it('"nothing to fear" is still waved off (guard)', () => {
    expect(fears('The minister said there was nothing to fear from the new rules.')).toEqual([]);
  });
});

const holders = (...paragraphs: string[]): Array<string | null> => concernsOf(...paragraphs).map((c) => c.holder);

describe('stop 104: a worry given as the reason for the subject’s own act is the subject’s', () => {
  it.each([
    ['Ann Lee, the mayor, voted against the plan over concerns that it would raise taxes.', 'Ann Lee'],
    ['The council delayed the vote because of concerns about the cost of the bridge.', 'council'],
  ])('"%s" → %s', (paragraph, holder) => {
    expect(holders('Ann Lee is the mayor of the town.', paragraph)).toEqual([holder]);
  });
  it('a passive subject is what was acted on, not who worried (guard)', () => {
    expect(holders('Ann Lee is the mayor of the town.', 'Some schools were closed out of security concerns.')).toEqual([null]);
  });
  it('"amid fears" are no one’s in particular (guard)', () => {
    expect(holders('Ann Lee is the mayor of the town.', 'Shares fell sharply amid fears of a recession.')).toEqual([null]);
  });
});

describe('stop 104: "US" in capitals is the country, not "us"', () => {
  it('holds the concern it voices', () => {
    expect(holders('Ann Lee is the mayor of the town.', 'The US has voiced concerns over the trial of the two men.')).toEqual(['US']);
  });
});
