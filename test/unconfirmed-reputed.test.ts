// "is reputed to", "is presumed to": a claim others hold, like "is said to".
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('"is reputed to" and its kin', () => {
  it('hedge the claim', () => {
    expect(only('The old inn is reputed to have housed the king for a night.')?.kind).toBe('hedged');
    expect(only('The two sailors are presumed to have drowned.')?.kind).toBe('hedged');
  });
});
