// A fear or a claim cut from an embedded tweet (stop 90) ends at the tweet's words, not on its "—@handle" credit.
import { describe, expect, it } from 'vitest';
import { withoutTweetCredit } from '../src/analyze/tweet-credit.js';
import { analyzeParagraphs, concernsOf } from './helpers/analyze.js';

describe("stop 90: a tweet's credit line", () => {
  it('is cut with the closing mark it follows and the opening mark that answered it', () => {
    expect(withoutTweetCredit('“Harbour output seems to be aiming for 60.” —@harbourlab')).toBe('Harbour output seems to be aiming for 60');
    expect(withoutTweetCredit('This senseless harbour violence must stop.” —@AnnLee')).toBe('This senseless harbour violence must stop');
  });
  it('leaves a text with no credit as it is (guard)', () => {
    expect(withoutTweetCredit('“The pier will close,” she said — and it did.')).toBe('“The pier will close,” she said — and it did.');
  });
  it('no fear or claim printed from a tweet ends on its handle', () => {
    const brief = analyzeParagraphs(
      'Harbour speeds',
      'The lab tested the new harbour ferry on Monday.',
      '“Harbour output seems to be aiming for 60 knots.” —@harbourlab',
    );
    expect(brief.unconfirmed.map((u) => u.claim)).toEqual(['Harbour output seems to be aiming for 60 knots']);
    const fears = concernsOf('Ann Lee tweeted on Monday.', '“This senseless gun violence at the harbour must stop.” —@AnnLee').map((c) => c.fear);
    expect(fears.join(' ')).not.toMatch(/@AnnLee/);
  });
});
