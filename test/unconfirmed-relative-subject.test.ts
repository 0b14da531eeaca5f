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
  it('after a clause, takes the noun that ends it when the relative clause opens on its verb (stop 83)', () => {
    expect(only('The vote was bad news for the mayor, who may need the harbour ward to win, as her aides admit.')?.claim).toBe(
      'the mayor may need the harbour ward to win',
    );
    expect(only('The case could matter if the council holds an inquiry, which is increasingly likely.')?.claim).toBe('an inquiry is increasingly likely');
    expect(only('His doctor ordered a chest X-ray, which was considered to be normal.')?.claim).toBe('a chest X-ray was considered to be normal');
  });
  it('keeps the pronoun when the clause before is what is judged, or the noun may not be the head (stop 83)', () => {
    // "which" judging the whole clause: "the best strategy", a plural noun before "was".
    expect(only('Scott is relying on others to carry his message to McAuliffe, which may or may not be the best strategy.')?.claim).toMatch(/^which/);
    expect(only('He asked whether the leaks led to the Paris attacks, which was seen as an intelligence failure.')?.claim).toMatch(/^which/);
    // A thing's "which" after a preposition may belong to the head before it ("the file on the issue").
    expect(only('He asked for the full file on the issue, which would presumably allow lawmakers to compare the accounts.')?.claim).toMatch(/^which/);
    // "which many of us think …": the pronoun is the object; "a man bleeding": the participle leaves the noun unsure.
    expect(only('Organics matter for life on Titan, which many of us think likely evolved in the ocean.')?.claim).toMatch(/^which/);
    expect(only('Officers found a man bleeding, who was possibly the victim of a stabbing.')?.claim).toMatch(/^who/);
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
