// Sentences (stop 86): a stop glued to the next sentence's capital, as scraped pages often have it.
import { describe, expect, it } from 'vitest';
import { sentenceTexts as split } from './helpers/analyze.js';

describe('stop 86: a stop with no space after it', () => {
  it('ends a sentence after a lower-case word when a capitalised word follows it at once', () => {
    expect(split('He worked as a chief physician.Police arrested a man on Monday.')).toEqual([
      'He worked as a chief physician.',
      'Police arrested a man on Monday.',
    ]);
    expect(split('The report called it “a bizarre system.”Making matters worse, the team issued a statement.')).toEqual([
      'The report called it “a bizarre system.”',
      'Making matters worse, the team issued a statement.',
    ]);
  });
  it('not after an abbreviation, initials or a short word, nor before a run of capitals', () => {
    expect(split('The U.S.Army said so, as did Mr.Smith and Inc.The firm.')).toEqual(['The U.S.Army said so, as did Mr.Smith and Inc.The firm.']);
    expect(split('She posted it on news.BBC.co.uk last night.')).toEqual(['She posted it on news.BBC.co.uk last night.']);
  });
});
