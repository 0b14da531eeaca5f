// A comma between two adjectives of one noun ends no clause (stop 88): claims and fears keep the noun phrase whole.
import { describe, expect, it } from 'vitest';
import { maskAdjectiveCommas } from '../src/analyze/adjective-comma.js';
import { fearsOf, onlyUnconfirmed as only } from './helpers/analyze.js';

describe('stop 88: commas between adjectives', () => {
  it('a hedged relative clause keeps "a huge, salty ocean" whole', () => {
    expect(only('Probes have mapped the moon, which is thought to hide a huge, salty ocean beneath its crust.')?.claim).toBe(
      'the moon is thought to hide a huge, salty ocean beneath its crust',
    );
  });
  it('a fear keeps "a messy, messy mess" whole', () => {
    expect(fearsOf('"The harbour is what you would call a messy, messy mess," the harbour master said.')).toContain(
      'The harbour is what you would call a messy, messy mess',
    );
  });
  it('masks only a comma after a determiner and one word, before an adjective and its noun', () => {
    expect(maskAdjectiveCommas('a long, slow decline of the port')).toBe('a long  slow decline of the port');
    // Each of these commas ends a phrase or opens a clause, an attribution or a participle.
    for (const text of [
      'the plan, critics say.',
      'the plan, which failed.',
      'his campaign, offered a restrained embrace',
      'the convention, but not the party',
      'the report, issued by the council',
      'the future, a president-elect can',
    ]) {
      expect(maskAdjectiveCommas(text)).toBe(text);
    }
  });
});
