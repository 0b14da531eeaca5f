// A reporting verb with "that" ("acknowledged that", "added that", "conceded that", "noted that") opens the claim after it.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('the claim after "acknowledged that", "added that", "conceded that"', () => {
  it('starts after the "that"', () => {
    expect(only('The harbour master acknowledged that the pier would probably close in May.')?.claim).toBe('the pier would probably close in May');
    expect(only('She added that the ferry firm is likely to raise its fares.')?.claim).toBe('the ferry firm is likely to raise its fares');
    expect(only('Mr Hale also conceded that it was "very likely" he would lose his seat.')?.claim).toBe('it was "very likely" he would lose his seat');
  });
  it('"states" as a noun before "that" reports nothing', () => {
    expect(only('The firm wants to sell in several states that may not want its fuel.')?.claim).toContain('states that may not want');
  });
});
