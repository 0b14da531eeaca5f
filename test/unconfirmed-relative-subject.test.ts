// A claim cut at ", who" or ", which" gets back the noun the pronoun stands for, and ends where its own clause ends.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('a cue inside the relative clause', () => {
  it('claims that clause with its noun, not the main verb after it', () => {
    expect(only('The ferry, which may have been carrying too many cars, sank off the point on Monday.')?.claim).toBe(
      'The ferry may have been carrying too many cars',
    );
    expect(only('The baker, who declined to comment, opened a second shop in March.')?.claim).toBe('The baker declined to comment');
  });
  it('reads the clause where the claim was cut, not an earlier one with the same words', () => {
    const sentence =
      'Dover, which is a small harbour town in the south, and Deal, which is a small harbour town in the south that may lose its ferry, voted no.';
    expect(only(sentence)?.claim).toBe('Deal is a small harbour town in the south that may lose its ferry');
  });
  it('keeps the pronoun when the words before it are a clause, not a noun', () => {
    expect(only('The vote was bad news for the mayor, who may need the harbour ward to win, as her aides admit.')?.claim).toBe(
      'who may need the harbour ward to win',
    );
  });
});

describe('a cue after the relative clause', () => {
  it('claims the noun and the main verb', () => {
    expect(only('The old mill, which closed in 1990, will likely be sold to the council.')?.claim).toBe('The old mill will likely be sold to the council');
    expect(only('In the harbour ward, which votes first, the mayor appears to hold a slight lead.')?.claim).toBe('the mayor appears to hold a slight lead');
  });
  it('takes the clause a reporting verb opens', () => {
    expect(only('Ann Lee, a baker, who runs the union, notes that the new oven may be too small.')?.claim).toBe('the new oven may be too small');
  });
  it('takes no noun from a clause or a list, and no main verb after "including"', () => {
    expect(only('The charges echo those made by the union, which has long accused the mill of cutting corners.')?.claim).not.toMatch(/^The charges/);
    expect(only('The mill, which once sold flour, then supplied its rivals, including - allegedly - the bakery next door.')?.claim).not.toMatch(
      /^The mill including/,
    );
  });
  it('leaves an unnamed source alone', () => {
    expect(only('The pier will close, a clerk, who was not authorized to speak publicly, told the Gazette.')?.claim).not.toMatch(/^The clerk/);
  });
});
