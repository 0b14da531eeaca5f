// "won't reveal", "declined to reveal", "does not offer further details": withheld information is a stated gap.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('information withheld', () => {
  it('"won\'t reveal" and "declined to reveal" are gaps', () => {
    expect(only("The builder won't reveal the price he paid for the pier.")?.kind).toBe('gap');
    expect(only('The club declined to reveal the size of the fee.')?.kind).toBe('gap');
  });
  it('"does not offer further details" is a gap', () => {
    expect(only('The mayor backs a new tram line but does not offer further details.')?.kind).toBe('gap');
  });
});
