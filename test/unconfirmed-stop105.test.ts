// Unconfirmed claims (stop 105): a price or a detail "was not announced" or "wasn't disclosed" is a stated gap whose claim is the
// subject; "questioned the accuracy of" disputes; a gap inside "X reported that …" claims what was reported, not the report.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed } from './helpers/analyze.js';

describe('stop 105: what was not announced or disclosed', () => {
  it.each([
    ['Price and gas mileage were not announced.', 'were not announced', 'Price and gas mileage'],
    ['The price wasn’t announced.', 'wasn’t announced', 'The price'],
    ['The cause of the fire wasn’t disclosed.', 'wasn’t disclosed', 'The cause of the fire'],
    ['Bloomberg also reported that roughly 1,100 foreign donor names weren’t disclosed.', 'weren’t disclosed', 'roughly 1,100 foreign donor names'],
  ])('"%s" → %s: "%s"', (sentence, cue, claim) => {
    expect(onlyUnconfirmed(sentence)).toMatchObject({ cue, claim, kind: 'gap' });
  });
  it.each([['The decision was not announced until Friday.'], ['The physical was not announced to reporters.']])(
    'an announcement made later or to someone is no gap (guard): %s',
    (sentence) => {
      expect(onlyUnconfirmed(sentence)).toBeUndefined();
    },
  );
  it('"isn’t clear" keeps the whole clause as its claim, as "is not clear" does (guard)', () => {
    expect(onlyUnconfirmed('The facts weren’t clear, an official said.')).toMatchObject({ kind: 'gap' });
    expect(onlyUnconfirmed('The facts weren’t clear, an official said.')?.claim).not.toBe('The facts');
  });
});

describe('stop 105: questioning the accuracy of something disputes it', () => {
  it.each([
    ['General de Chastelain faced critics who questioned the truthfulness of the process.', 'questioned the truthfulness of'],
    ['Mr Howard also questioned the accuracy of the forecasts in the Budget report.', 'questioned the accuracy of'],
  ])('%s', (sentence, cue) => {
    expect(onlyUnconfirmed(sentence)).toMatchObject({ cue, kind: 'disputed' });
  });
  it('"questioned the minister about" disputes nothing (guard)', () => {
    expect(onlyUnconfirmed('Reporters questioned the minister about the budget.')).toBeUndefined();
  });
});

describe('stop 105: "signaled that" and "hinted that" frame the claim, as "said that" does', () => {
  it('"Trump has signaled that he may try …" claims what was signaled', () => {
    expect(onlyUnconfirmed('With the convention nearing, Trump has signaled that he may try to make peace with some former rivals.')?.claim).toBe(
      'he may try to make peace with some former rivals',
    );
  });
  it('"exit polls indicated that …" in a clause of its own is left as it was (guard)', () => {
    expect(
      onlyUnconfirmed(
        'Because exit polls indicated that Trump was strongly supported by early deciders, there’s a sense among some that he might be winning them.',
      )?.claim,
    ).not.toMatch(/^Trump was strongly supported/);
  });
});
