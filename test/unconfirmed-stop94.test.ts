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
