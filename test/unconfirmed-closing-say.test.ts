// A closing ", they say" or ", experts say" attributes the whole clause; the claim ends before it.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('the claim before a closing ", they say"', () => {
  it('drops the attribution after a hedge', () => {
    expect(only('However, the cold snap may be behind the rise in gas prices, they say.')?.claim).toBe('the cold snap may be behind the rise in gas prices');
  });
  it('drops the attribution after a gap', () => {
    expect(only('It is unclear whether the ferry will run in winter, experts say.')?.claim).toBe('whether the ferry will run in winter');
  });
});
