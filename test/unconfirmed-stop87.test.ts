// What remains unconfirmed (stop 87, from cues a judged sample found missed): one hand-written example per cue, with the sense
// each must not take.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('stop 87: hedges', () => {
  it('"it appears all …": a clause opened by "all", "every", "these" or "those" is hedged, as after "the"', () => {
    expect(only('From my interviews, it appears all harbour repairs in the region are slow and sparse.')).toMatchObject({
      kind: 'hedged',
      claim: 'all harbour repairs in the region are slow and sparse',
    });
  });
  it('"My impression from … is that": words between the noun and "is that" keep it a hedge', () => {
    expect(only('My impression from the ferry meetings is that the most pressing issue is the fare.')).toMatchObject({
      kind: 'hedged',
      claim: 'the most pressing issue is the fare',
    });
  });
  it('"<something> looks like it\'s …" hedges; "makes spam look like it is …" does not', () => {
    expect(only('The row between the ferry firm and its captain looks like it’s coming to an end.')?.kind).toBe('hedged');
    expect(only('The program makes the ferry schedule look like it is being run by the council.')).toBeUndefined();
  });
});

describe('stop 87: stated gaps', () => {
  it('"declined later to state when …": an adverb between, and "state" with a question after it', () => {
    expect(only('He declined later to state when the new ferry would be ready for service.')).toMatchObject({ kind: 'gap' });
  });
  it('"those who declined to state a party" is how a voter registers, no gap', () => {
    expect(only('Voters who declined to state a party when they registered are eligible to vote in the primary.')).toBeUndefined();
  });
  it('"his aides referred requests for comment to …" is no answer', () => {
    expect(only('So far the captain has been silent, and his aides referred requests for comment to the ferry firm.')).toMatchObject({ kind: 'gap' });
  });
});

describe('stop 87: kinds and the reader', () => {
  it('"amid speculation that …" is an unverified report; "analysts speculated that …" stays a hedge', () => {
    expect(only('Shares of the ferry firm jumped amid speculation that the two harbour companies will merge.')?.kind).toBe('unverified');
    expect(only('Analysts speculated that the two harbour companies will merge next year.')?.kind).toBe('hedged');
  });
  it('"you\'ve probably heard" addresses the reader and hedges nothing; "will probably merge" does', () => {
    expect(only('While you’ve probably heard predictions that the ferry will be free, the fare only goes down a little.')).toBeUndefined();
    expect(only('The two harbour companies will probably merge before the end of the year.')?.kind).toBe('hedged');
  });
  it('"skepticism about the claims of …" marks the claims as disputed', () => {
    expect(only('The analysis shows understandable skepticism about the claims of the ferry firm.')?.kind).toBe('disputed');
  });
});

describe('stop 87: stated gaps in idiom', () => {
  it('"refused to be drawn on details" withholds them; "declined to be drawn on reports that …" keeps the report as its cue', () => {
    expect(only('The general refused to be drawn on details of the exact number of boats decommissioned.')).toMatchObject({ kind: 'gap' });
    expect(only('Mr Varley declined to be drawn on reports that the ferry firm had held merger talks.')).toMatchObject({ kind: 'unverified' });
  });
  it('"when he will return is still a question mark", \'a "question mark" as to whether …\'; not "Press question mark"', () => {
    expect(only('He is back in training, but when he will return to the side is still a question mark.')?.kind).toBe('gap');
    expect(only('The chairman said there was a "question mark" as to whether the minister could serve again.')?.kind).toBe('gap');
    expect(only('Press question mark to learn the rest of the keyboard shortcuts.')).toBeUndefined();
  });
});

describe('stop 87: "according to <someone\'s> sources"', () => {
  it('"according to Pentagon sources", "according to media buying sources" are anonymous sourcing', () => {
    expect(only('The deal was signed on Monday, according to Pentagon sources.')?.kind).toBe('anonymous-source');
    expect(only('The campaign has reserved time for advertisements in four states, according to media buying sources.')?.kind).toBe('anonymous-source');
  });
  it('"according to public sources" names the public record, no one unnamed', () => {
    expect(only('The port handled more ships last year, according to public sources.')).toBeUndefined();
  });
});
