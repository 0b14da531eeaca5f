// "According to Variety," "according to ProPublica,": a trade or investigative outlet reports a claim second-hand.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('"according to" an outlet whose name has no newspaper word', () => {
  it('Variety and ProPublica report second-hand', () => {
    expect(only('According to Variety, the studio has shelved the sequel.')?.kind).toBe('unverified');
    expect(only('The mayor met the builders twice in March, according to ProPublica.')?.kind).toBe('unverified');
  });
  it('words relayed on record stay out', () => {
    expect(only('"We are done," the producer said, according to Variety.')).toBeUndefined();
  });
});
