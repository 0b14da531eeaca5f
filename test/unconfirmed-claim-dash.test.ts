// A claim ends at one spaced dash after its cue that opens a new point; a pair of dashes sets off an aside the claim runs past.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('a claim ends before a lone dash after the cue', () => {
  it('cuts the point the dash opens', () => {
    expect(only('Some bakeries might move out of town - although rents there are rising too.')?.claim).toBe('Some bakeries might move out of town');
    expect(only('The ferry appears to be losing money – so much so that the crew now sell tickets.')?.claim).toBe('The ferry appears to be losing money');
  });
  it('keeps an aside set off by a pair of dashes, around the cue or after it', () => {
    expect(only('The bridge might not have opened - or not on time - without the mayor.')?.claim).toBe(
      'The bridge might not have opened - or not on time - without the mayor',
    );
    expect(only('The mill sold flour to its rivals, including - allegedly - the bakery next door.')?.claim).toContain('the bakery next door');
  });
  it('keeps a dash that explains what comes before it, and one between numbers', () => {
    expect(only('The bakers seemed to agree on one thing - the new oven is too small.')?.claim).toContain('the new oven is too small');
    expect(only('The thieves are believed to have entered the shop at 116 - 118 Mill Road.')?.claim).toContain('118 Mill Road');
  });
  it('leaves a dash before the cue alone', () => {
    expect(only('The bakers are tired - and they will probably strike next week.')?.claim).toContain('they will probably strike next week');
  });
});

describe('a dash that goes on with the same verb stays in the claim', () => {
  it('"- or …", "- including …"', () => {
    expect(only('The new oven might save the bakery - or ruin it within a year.')?.claim).toContain('or ruin it within a year');
    expect(only('Her figures appeared to contradict the report - including the part she wrote herself.')?.claim).toContain('including the part');
  });
});
