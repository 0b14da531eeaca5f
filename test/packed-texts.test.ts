// textsOf and baresOf give what the `map` calls they replaced gave.
import { describe, expect, it } from 'vitest';
import { bare, baresOf, textsOf, tokenize } from '../src/analyze/tokens.js';

describe('textsOf and baresOf', () => {
  const tokens = tokenize("The mayor's aide, Ann Lee, said the council's plan failed.");

  it('gives each token text in order', () => {
    expect(textsOf(tokens)).toEqual(tokens.map((t) => t.text));
    expect(textsOf([])).toEqual([]);
  });

  it('gives each word without its possessive ending', () => {
    const words = textsOf(tokens);
    expect(baresOf(words)).toEqual(words.map(bare));
    expect(baresOf(["Lee's", 'Jones’', 'plan'])).toEqual(['Lee', 'Jones', 'plan']);
  });
});
