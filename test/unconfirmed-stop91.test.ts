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

describe('stop 91: the claim after a telling', () => {
  it('"said in a statement emailed to NBC News that …" claims the clause after "that"', () => {
    const item = onlyUnconfirmed('A spokesperson who did not wish to be named said in a statement emailed to NBC News that the agency never gave vaccines.');
    expect(item?.claim).toBe('the agency never gave vaccines');
  });
  it('"told US media this month that …" claims the clause after "that"', () => {
    expect(onlyUnconfirmed('Milley told US media this month that the forces are likely to remain for years.')?.claim).toBe(
      'the forces are likely to remain for years',
    );
  });
  it('"told allies in the party that …": an object of five words (guard)', () => {
    expect(onlyUnconfirmed('Campaign officials have told allies in the party that their count is higher.')?.claim).toBe('their count is higher');
  });
});

describe('stop 91: a modal addressed to the reader', () => {
  it('"you or your doctor may contact the study staff" grants a way to ask, it hedges nothing', () => {
    expect(onlyUnconfirmed('To learn more, you or your doctor may contact the study research staff.')).toBeUndefined();
  });
  it('"your doctor may prescribe" without "you" is still a hedge (guard)', () => {
    expect(onlyUnconfirmed('Your doctor may prescribe a stronger drug.')?.kind).toBe('hedged');
  });
});

describe('stop 91: what a thing suggests is inferred, not alleged', () => {
  it.each([
    'The trip suggests that Sanders is looking ahead to the convention.',
    'A look at the airplanes and helicopters, however, suggests that their value rests in marketing.',
    'Text messages found on the phones suggested that the attackers were not using encryption.',
    'The missive suggests Republicans have no intention of backing down.',
    'The trip strongly suggests that Sanders is looking ahead to the convention.',
  ])('%s', (sentence) => {
    expect(onlyUnconfirmed(sentence)?.kind).toBe('hedged');
  });
  it.each([
    'Trump suggested that the judge was biased.',
    'The campaign chief, Paul Manafort, bluntly suggested that the act would change.',
    'The first lady suggested that the election had drained the country of hope.',
    'The report suggested she lied to investigators.',
  ])('%s (guard: a person, a body or a past report still alleges)', (sentence) => {
    expect(onlyUnconfirmed(sentence)?.kind).toBe('allegation');
  });
});
