// Unconfirmed claims (stop 103): a pronoun after "and" opens the cue's own clause, so the claim leaves out the clause before it.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed } from './helpers/analyze.js';

describe('stop 103: "… and she accused …" claims from the pronoun on', () => {
  it.each([
    [
      'Russian intelligence services hacked into the committee computers and she accused Donald Trump of showing support for Putin.',
      'she accused Donald Trump of showing support for Putin',
    ],
    ['It was a disappointing start against Wales and we might be down on that.', 'we might be down on that'],
  ])('"%s" → "%s"', (sentence, claim) => {
    expect(onlyUnconfirmed(sentence)).toMatchObject({ claim });
  });
  it('two names joined by "and" are one subject (guard)', () => {
    expect(onlyUnconfirmed('Among the Democrats, Ann Lee and Tom Hill appeared to be locked in a close race.')?.claim).toContain(
      'Ann Lee and Tom Hill appeared to be locked in a close race',
    );
  });
});
