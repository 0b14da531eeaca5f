// "countered that …", "contested that view", "contested those figures": a claim met by its opponents is disputed.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('a claim countered or contested', () => {
  it('"countered that" opens a counter-claim', () => {
    expect(only('The fishermen countered that the new quota would empty the harbour.')?.kind).toBe('disputed');
  });
  it('"contested that view", "contested those figures" dispute the claim before them', () => {
    expect(only('The mayor says the tram pays for itself, but auditors have contested that view.')?.kind).toBe('disputed');
    expect(only('The union has contested those figures from the mill.')?.kind).toBe('disputed');
    // "challenged" is as often a court or a rival's challenge; the assertion stays an allegation.
    expect(only('The union challenged the assertion that the mill was losing money.')?.kind).toBe('allegation');
  });
  it('a contest that is a race or a court case is no dispute of a claim', () => {
    expect(only('She contested the seat in 2010 and won.')).toBeUndefined();
  });
});
