import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/analyze.js';

// A role word after a quotation of several sentences ("“…. …,” the prime minister said") is looked up from where the
// quotation opens, not from the attribution's own sentence, which is the quotation's last.
describe('a role after a quotation of several sentences', () => {
  it('is the person named with that office just before the quotation', () => {
    expect(
      speakerOf(
        'Ann Lee is urging the harbour board to rebuild the sea wall before the winter storms.',
        '"The town has spoken. The board should now listen to it," the mayor said in an interview on Friday.',
      ),
    ).toBe('Ann Lee');
  });

  it('however many sentences the quotation runs to', () => {
    expect(
      speakerOf(
        'Sen. Ann Lee spoke at the harbour on Monday.',
        '"The wall is old. It cracked twice last year. The town paid for it twice. We will rebuild it before winter," the Vermont senator said.',
      ),
    ).toBe('Ann Lee');
  });

  it('for an epithet too', () => {
    expect(
      speakerOf(
        'Ann Lee spoke at the harbour on Monday.',
        '"The wall is old. It cracked twice last year. The town paid for it twice. We will rebuild it before winter," the 52-year-old said.',
      ),
    ).toBe('Ann Lee');
  });

  it('stays the role when two people are subjects just before the quotation', () => {
    expect(
      speakerOf(
        'Ann Lee is urging the harbour board to act, and Tom Hill agreed with her on Monday.',
        '"The town has spoken. The board should now listen to it," the mayor said.',
      ),
    ).toBe('mayor');
  });

  it('a quotation of one sentence is looked up as before', () => {
    expect(
      speakerOf(
        'Ann Lee is urging the harbour board to rebuild the sea wall before the winter storms.',
        '"The board should now listen to the town and rebuild it," the mayor said in an interview on Friday.',
      ),
    ).toBe('Ann Lee');
  });
});
