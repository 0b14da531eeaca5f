// A claim verb that closes the sentence ("…, as some have speculated.", "…, as the minister claims.") reports the clause before it.
import { describe, expect, it } from 'vitest';
import type { UnconfirmedItem } from '../src/types.js';
import { analyzeParagraphs } from './helpers/analyze.js';

function only(sentence: string): UnconfirmedItem | undefined {
  const items = analyzeParagraphs('A headline for the test', sentence).unconfirmed;
  expect(items.length).toBeLessThanOrEqual(1);
  return items[0];
}

describe('a closing "as X claims", "as some have speculated"', () => {
  it('claims the clause before the comma', () => {
    expect(only("The mayor's defeat won't derail the harbour plan, as some have speculated.")?.claim).toBe("The mayor's defeat won't derail the harbour plan");
    expect(only('The ferry was sold to a Dutch fund last spring, as Harbour Minister Senator Anna Lyons claims.')?.claim).toBe(
      'The ferry was sold to a Dutch fund last spring',
    );
  });
});
