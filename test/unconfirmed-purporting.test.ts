// "purporting to", "purports to": what a thing claims to be or do, not established.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('"purporting to"', () => {
  it('leaves the claim open', () => {
    expect(only('The paper printed a letter purporting to come from the mayor.')?.kind).toBe('allegation');
    expect(only('The map purports to show the old harbour wall.')?.kind).toBe('allegation');
  });
  it('"does not purport to" disclaims, it claims nothing', () => {
    expect(only('The guide does not purport to cover every beach.')).toBeUndefined();
  });
});
