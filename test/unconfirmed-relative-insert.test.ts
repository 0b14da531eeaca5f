// A claim cut before a relative clause set off by commas ("X, who …, will …") goes on with its own verb after the clause.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('a relative clause inside the claim', () => {
  it('the claim skips the clause and keeps its verb', () => {
    expect(only('It is unclear whether the mayor, who won the ward by six votes, will seek a second term.')?.claim).toBe(
      'whether the mayor will seek a second term',
    );
    expect(only('The council accuses the ferry firm, which is owned by a Dutch fund, of hiding its losses.')?.claim).toBe(
      'The council accuses the ferry firm of hiding its losses',
    );
    expect(only('(The union accuses the board, which is appointed by the minister, of breaking the deal.)')?.claim).toBe(
      'The union accuses the board of breaking the deal',
    );
  });
  it('a relative clause that ends the claim, or one the sentence does not go on from, stays out', () => {
    expect(only('The mayor claimed that the harbour had been sold to the port trust, which runs two other quays.')?.claim).toBe(
      'the harbour had been sold to the port trust',
    );
    expect(only('She raised the allegations, which the mayor denies, the talk of a vote ended.')?.claim).not.toMatch(/talk/);
  });
});
