// A claim verb that closes the sentence ("…, as some have speculated.") reports the clause before it; one with its own "that" after a quotation's attribution claims that clause.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('a closing "as X claims", "as some have speculated"', () => {
  it('claims the clause before the comma', () => {
    expect(only("The mayor's defeat won't derail the harbour plan, as some have speculated.")?.claim).toBe("The mayor's defeat won't derail the harbour plan");
    expect(only('The ferry was sold to a Dutch fund last spring, as Harbour Minister Senator Anna Lyons claims.')?.claim).toBe(
      'The ferry was sold to a Dutch fund last spring',
    );
  });
});

describe('a quotation, its attribution, then a cue with its own "that" clause', () => {
  it('claims the "that" clause, not the quotation', () => {
    expect(only('"The ferry is the heart of the island," said Tom Hale, a councillor who suggested that the mayor had sold it in secret.')?.claim).toBe(
      'the mayor had sold it in secret',
    );
  });
});
