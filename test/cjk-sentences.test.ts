// Sentences in Japanese: 。！？ end a sentence with or without a space, but a quoted title's own stop does not end the sentence around it.
import { describe, expect, it } from 'vitest';
import { sentenceTexts as split } from './helpers/analyze.js';

describe('Japanese sentences', () => {
  it('go on past a quoted title that ends in ！ when a particle follows the closing bracket', () => {
    expect(split('大賞はテレビ番組「チコちゃんに叱られる！」が受賞した。次の文です。')).toEqual([
      '大賞はテレビ番組「チコちゃんに叱られる！」が受賞した。',
      '次の文です。',
    ]);
    expect(split('彼は「行くぞ！」と叫んだ。')).toEqual(['彼は「行くぞ！」と叫んだ。']);
  });

  it('still end at ！ or 。 outside brackets', () => {
    expect(split('それは驚きだ！次の文だ。')).toEqual(['それは驚きだ！', '次の文だ。']);
    expect(split('「行くぞ！」次の文だ。')).toEqual(['「行くぞ！」', '次の文だ。']);
  });
});
