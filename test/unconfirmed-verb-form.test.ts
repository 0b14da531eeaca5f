// Word senses: a claim verb's finite form is never the noun; "claims its cuts would …" opens a clause; "some may say" concedes.
import { describe, expect, it } from 'vitest';
import type { UnconfirmedItem } from '../src/types.js';
import { analyzeParagraphs } from './helpers/analyze.js';

function only(sentence: string): UnconfirmedItem | undefined {
  return analyzeParagraphs('A headline for the test', sentence).unconfirmed[0];
}

describe('claim verbs after a possessive, a number or "that"', () => {
  it('"Harlow\'s claimed it has …": the shop name is no determiner', () =>
    expect(only("Harlow's claimed it has served a million pies since the spring.")?.cue).toBe('claimed'));
  it('"in 1998, claiming he was …": a year is no determiner', () =>
    expect(only('The clerk stayed on until leaving in 1998, claiming he was being ignored by the board.')?.cue).toBe('claiming'));
  it('"a leaflet that accuses the mayor of …"', () =>
    expect(only('The union handed out a leaflet that accuses the mayor of hiding the repair bill.')?.cue).toBe('accuses'));
  it('"Ferris\'s denies taking the money"', () => expect(only("Ferris's denies taking the money from the fund.")?.kind).toBe('disputed'));
  it('still a noun or a gerund of taking: "their claim", "made a mess of claiming it"', () => {
    expect(only('The players made a mess of claiming it as the ball rolled into touch.')).toBeUndefined();
    expect(only('The tenants sent in their claims for the lost furniture.')).toBeUndefined();
  });
});

describe('"claims his/their/its …" with a verb after it opens a clause', () => {
  it('"claims his income is …"', () => expect(only('The landlord claims his income is far below what the council says.')?.cue).toBe('claims'));
  it('"claiming its new rules would …"', () =>
    expect(only('The union walked out, claiming its new rota would cut pay for night staff.')?.cue).toBe('claiming'));
  it('"over claims their depot had …"', () =>
    expect(only('The firm faces an inquiry over claims their depot had dumped oil in the river.')?.cue).toBe('claims'));
  it('taking, not saying: "claimed their first title", "claimed its first victims"', () => {
    expect(only('The club claimed their first title in the autumn of that year.')).toBeUndefined();
    expect(only('The fever claimed its first victims on the coast, and more were feared dead.')).toBeUndefined();
  });
});

describe('"some may say" concedes a view; it hedges no claim', () => {
  it('"Some may say the fee is steep"', () =>
    expect(only('“Some may say the fee is steep for a small club,” the chairman wrote in his letter.')).toBeUndefined());
  it('"Somebody might say", "someone may say", "others may argue" concede too', () => {
    expect(only('“Somebody might say ‘old guard’ - I say experience,” the mayor said.')).toBeUndefined();
    expect(only('Others may argue the fee is steep for a small club.')).toBeUndefined();
  });
  it('"some may face delays" still hedges', () =>
    expect(only('Passengers on the coast line may face delays of an hour, the operator said.')?.cue).toBe('may face'));
});
