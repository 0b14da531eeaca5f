// Unconfirmed claims (stop 96): mixed signals about what someone intends, conclusions that cannot yet be drawn, and "not
// immediately clear whether" are gaps.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed } from './helpers/analyze.js';

describe('stop 96: gaps stated as mixed signals or conclusions not drawn', () => {
  it('"mixed signals about whether …" leaves the wh-clause open', () => {
    expect(onlyUnconfirmed('But the president continues to give mixed signals about whether he actually wants a deal.')).toMatchObject({
      kind: 'gap',
      cue: 'mixed signals about whether',
      claim: 'whether he actually wants a deal',
    });
  });
  it('"difficult to draw firm conclusions" is a gap', () => {
    expect(onlyUnconfirmed('He pointed out it is difficult to draw firm conclusions from observational studies such as this.')).toMatchObject({
      kind: 'gap',
      cue: 'difficult to draw firm conclusions',
    });
  });
  it('"sent mixed signals to investors" opens no question (guard)', () => {
    expect(onlyUnconfirmed('The firm sent mixed signals to investors last week.')).toBeUndefined();
  });
});

describe('stop 96: "not immediately clear" and its like', () => {
  it('"It was not immediately clear whether …" leaves the wh-clause open', () => {
    expect(onlyUnconfirmed('It was not immediately clear whether anyone was hurt in the blast.')).toMatchObject({
      kind: 'gap',
      cue: 'not immediately clear',
      claim: 'whether anyone was hurt in the blast',
    });
  });
  it('"not entirely clear what he meant"', () => {
    expect(onlyUnconfirmed('It was not entirely clear what he meant by the remark.')).toMatchObject({ kind: 'gap', claim: 'what he meant by the remark' });
  });
  it('"not always clear" states no open question (guard)', () => {
    expect(onlyUnconfirmed('The rules of the game are not always clear to new players.')).toBeUndefined();
  });
});

describe('stop 96: where a claim was made is no part of it', () => {
  it('"alleged through Twitter that …" claims the clause', () => {
    expect(onlyUnconfirmed('He alleged through Twitter that the president was not attending the briefings.')).toMatchObject({
      kind: 'allegation',
      claim: 'the president was not attending the briefings',
    });
  });
  it('"claimed on Fox News Sunday that …"', () => {
    expect(onlyUnconfirmed('She claimed on Fox News Sunday that the money was stolen from the fund.')?.claim).toBe('the money was stolen from the fund');
  });
});

describe('stop 96: "may want to be …" is advice', () => {
  it('"Clinton may want to be not quite so presumptuous" leaves no claim open', () => {
    expect(onlyUnconfirmed('Secretary Clinton may want to be not quite so presumptuous about thinking she is a certain winner.')).toBeUndefined();
  });
  it('"The Fed may want higher rates" is still hedged (guard)', () => {
    expect(onlyUnconfirmed('The Fed may want higher rates before the end of the year.')).toMatchObject({ kind: 'hedged' });
  });
});

describe('stop 96: more stated gaps', () => {
  it('"Neither Maples nor Trump responded to requests …"', () => {
    expect(onlyUnconfirmed('Neither Maples nor Trump responded to requests for clarification.')).toMatchObject({ kind: 'gap' });
  });
  it('"no confirmation of the claim has been possible"', () => {
    expect(onlyUnconfirmed('Rebels said 40 soldiers died, but no confirmation of the claim has been possible.')).toMatchObject({ kind: 'gap' });
  });
  it('"Accounts of the shooting are sketchy"', () => {
    expect(onlyUnconfirmed('Accounts of the shooting in the village are sketchy.')).toMatchObject({ kind: 'gap', cue: 'are sketchy' });
  });
  it('"Neither team scored in the first half" is no gap (guard)', () => {
    expect(onlyUnconfirmed('Neither team scored in the first half of the match.')).toBeUndefined();
  });
});

describe('stop 96: a connective set off by commas ends no clause', () => {
  it('"Some details of the episode, though, remain murky" claims the subject, not "though"', () => {
    expect(onlyUnconfirmed('Some details of the episode, though, remain murky.')).toMatchObject({ kind: 'gap', claim: 'Some details of the episode' });
  });
});
