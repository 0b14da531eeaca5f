// Unconfirmed claims (stop 94): gaps the cue list did not read ("could not be immediately reached", "was not disclosed", "is less clear").
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed } from './helpers/analyze.js';

describe('stop 94: stated gaps', () => {
  it('"could not be immediately reached for comment"', () => {
    expect(onlyUnconfirmed('Bair could not be immediately reached for comment on Friday.')).toMatchObject({
      kind: 'gap',
      cue: 'could not be immediately reached',
    });
  });
  it('"The price of the resort was not disclosed"', () => {
    expect(onlyUnconfirmed('The price of the resort was not disclosed by either company.')).toMatchObject({ kind: 'gap', cue: 'was not disclosed' });
  });
  it('"Whether Cruz will be invited … is less clear"', () => {
    expect(onlyUnconfirmed('Whether Cruz will be invited to campaign in swing-state races is less clear.')).toMatchObject({
      kind: 'gap',
      cue: 'is less clear',
    });
  });
  it('"are less clear than those" compares, it leaves nothing open (guard)', () => {
    expect(onlyUnconfirmed('The divisions between the two parties are less clear than those of a decade ago.')).toBeUndefined();
  });
});

describe('stop 94: an adverb between unnamed sources and their verb', () => {
  it('"Mr. Rubio\'s advisers privately conceded that …"', () => {
    expect(onlyUnconfirmed("Mr. Rubio's advisers privately conceded that it had been a difficult night for their candidate.")).toMatchObject({
      kind: 'anonymous-source',
      claim: 'it had been a difficult night for their candidate',
    });
  });
});

describe('stop 94: the matter a refusal to speak leaves open', () => {
  it('"declined to comment on any plans to campaign …" claims the plans', () => {
    expect(onlyUnconfirmed('Cruz declined to comment on any plans to campaign for Senate and House candidates this fall.')).toMatchObject({
      kind: 'gap',
      claim: 'any plans to campaign for Senate and House candidates this fall',
    });
  });
  it('"wouldn’t discuss on the call-in show whether …" claims the question', () => {
    expect(onlyUnconfirmed('He wouldn\u2019t discuss on the call-in show whether he was hoping for a Cabinet slot.')).toMatchObject({
      claim: 'whether he was hoping for a Cabinet slot',
    });
  });
  it('"declined to comment on the report" is too short to stand alone and keeps its sentence (guard)', () => {
    expect(onlyUnconfirmed('A spokesman for the bank declined to comment on the report.')?.claim).toBe(
      'A spokesman for the bank declined to comment on the report',
    );
  });
});

describe('stop 94: an unnamed source named after its verb', () => {
  it('"said one longtime adviser to Bill Clinton." (a "to" phrase after the noun)', () => {
    expect(onlyUnconfirmed('"This is eerily similar to the first debate in 2000," said one longtime adviser to Bill Clinton.')).toMatchObject({
      kind: 'anonymous-source',
    });
  });
  it('"said the source."', () => {
    expect(onlyUnconfirmed('"Everyone in the country wonders if they are next," said the source.')).toMatchObject({ kind: 'anonymous-source' });
  });
});
