// Unconfirmed (stop 91): what the article could not verify is a stated gap (GUIDELINE: "could not be independently verified").
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed } from './helpers/analyze.js';

describe('stop 91: verification the article could not make', () => {
  it.each([
    ["It was not possible to independently verify the group's claim.", 'not possible to independently verify'],
    ['Reuters was unable to independently verify the video.', 'unable to independently verify'],
    ['Officials were not able to confirm the number of dead.', 'not able to confirm'],
  ])('%s', (sentence, cue) => {
    expect(onlyUnconfirmed(sentence)).toMatchObject({ kind: 'gap', cue });
  });
  it('"was able to confirm the results" settles the matter (guard)', () => {
    expect(onlyUnconfirmed('The lab was able to confirm the results.')).toBeUndefined();
  });
});
