// Unconfirmed claims (stop 95): "That might be …" is the modal, not the noun "might"; a stated likelihood or chance is a hedge.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed } from './helpers/analyze.js';

describe('stop 95: "might" after a demonstrative subject', () => {
  it('"That might be difficult" hedges', () => {
    expect(onlyUnconfirmed('That might be difficult for the team to accept next year.')).toMatchObject({ kind: 'hedged', cue: 'might be' });
  });
  it('"he said this might ruffle some feathers" hedges', () => {
    expect(onlyUnconfirmed('He said this might ruffle some feathers in the party next year.')).toMatchObject({ kind: 'hedged', cue: 'might ruffle' });
  });
  it('"that might of the old empire" is the noun (guard)', () => {
    expect(onlyUnconfirmed('They admired that might of the old empire for years.')).toBeUndefined();
  });
});

describe('stop 95: a stated likelihood or chance', () => {
  it('"a very strong likelihood that …" hedges the clause after it', () => {
    expect(onlyUnconfirmed('There is a very strong likelihood that the eight men are from Burma.')).toMatchObject({
      kind: 'hedged',
      cue: 'a very strong likelihood',
      claim: 'the eight men are from Burma',
    });
  });
  it('"has a real chance to win" hedges', () => {
    expect(onlyUnconfirmed('I think Donald has a real chance to win the whole thing.')).toMatchObject({ kind: 'hedged', cue: 'a real chance' });
  });
  it('"giving folks a fair chance to get ahead" is an opportunity given, not a likelihood (guard)', () => {
    expect(onlyUnconfirmed('It is about giving folks a fair chance to get ahead in life.')).toBeUndefined();
  });
});
