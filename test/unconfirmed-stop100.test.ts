// Unconfirmed claims (stop 100): an allegation worded "is alleged to" keeps its subject (cue in data/lexicons/unconfirmed-cues.tsv).
import { describe, expect, it } from 'vitest';
import { concernsOf, onlyUnconfirmed } from './helpers/analyze.js';

describe('stop 100: "X is alleged to have …"', () => {
  it.each([
    ['Sergeant Kelvin Stacey, 28, is alleged to have assaulted a detainee.', 'Sergeant Kelvin Stacey, 28, is alleged to have assaulted a detainee'],
    ['They are alleged to have forced the man into the canal.', 'They are alleged to have forced the man into the canal'],
  ])('"%s" is an allegation whose claim keeps its subject', (sentence, claim) => {
    const item = onlyUnconfirmed(sentence);
    expect(item).toMatchObject({ kind: 'allegation', claim });
  });
  it('an "alleged" before a noun stays an allegation about that noun (guard)', () => {
    expect(onlyUnconfirmed('Three soldiers will be tried for alleged war crimes in Iraq.')).toMatchObject({ kind: 'allegation', cue: 'alleged' });
  });
});

describe('stop 100: likelihood under a subject that names no one, and "it\'s also possible"', () => {
  it.each(['Neither is likely.', 'None of them is likely to win.', 'Analysts say neither is likely to pass.'])('"%s" is unlikely', (sentence) => {
    expect(onlyUnconfirmed(sentence)?.likelihood).toMatch(/^unlikely /);
  });
  it('a plan that is likely to pass stays likely (guard)', () => {
    expect(onlyUnconfirmed('The plan is likely to pass.')?.likelihood).toMatch(/^likely /);
  });
  it('"It\'s also possible that" opens the claim', () => {
    expect(onlyUnconfirmed("It's also possible that the team will move.")).toMatchObject({ cue: "It's also possible that", claim: 'the team will move' });
  });
});

describe('stop 100: a wire dateline opens no claim or fear', () => {
  it.each([
    ['CHICAGO - Rahm Emanuel may have thought the worst was over in April.', 'Rahm Emanuel may have thought the worst was over in April'],
    ['LA CROSSE, Wisc. — The governor may have misjudged the crowd.', 'The governor may have misjudged the crowd'],
    ['WASHINGTON -- The governor may have misjudged the crowd.', 'The governor may have misjudged the crowd'],
  ])('"%s" claims "%s" (the second a guard: an em dash was already left out)', (sentence, claim) => {
    expect(onlyUnconfirmed(sentence)?.claim).toBe(claim);
  });
  it('the fear of a perilous portrait leaves the dateline out too', () => {
    const paragraph = 'CLEVELAND - Ann Lee painted a dire portrait of a lawless, perilous nation as she accepted the nomination on Thursday night.';
    expect(concernsOf(paragraph).map((c) => c.fear.split(' ').slice(0, 3).join(' '))).toEqual(['Ann Lee painted']);
  });
});
