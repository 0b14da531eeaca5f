// "suggested that X would do better to …" gives advice; it alleges nothing. A title's full stop does not end the clause.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('advice after "suggested that"', () => {
  it('"would do better to", "would do well to" advise', () => {
    expect(only('The rival suggested that Mr. Hale, stung by the vote, would do better to stay silent.')).toBeUndefined();
    expect(only('Critics suggested that the council would do well to wait a year.')).toBeUndefined();
  });
  it('a claim after "suggested that" still alleges', () => {
    expect(only('The rival suggested that Mr. Hale had hidden the loan.')?.kind).toBe('allegation');
  });
});
