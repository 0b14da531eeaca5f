// A claim cut at an attribution set off by commas ("…, aides said, is for …") is the clause around the attribution.
import { describe, expect, it } from 'vitest';
import { withoutAside } from '../src/analyze/unconfirmed/claim-aside.js';
import { analyzeParagraphs } from './helpers/analyze.js';

const claimsOf = (paragraph: string): string[] => analyzeParagraphs('A headline for the test', paragraph).unconfirmed.map((item) => item.claim);

describe('an attribution aside at the start of a claim', () => {
  it('is dropped, and the subject before it comes back when the rest needs one', () => {
    expect(claimsOf('The thing the senator most needs, aides said, is for the governor to quit the race.')).toEqual([
      'The thing the senator most needs is for the governor to quit the race',
    ]);
    expect(claimsOf('Otherwise, she said, countries may simply steal growth from one another.')).toEqual([
      'countries may simply steal growth from one another',
    ]);
  });

  it("stays when it opens the sentence, holds the claim's own hedge, or leaves too little", () => {
    const text = 'So far, Trump reportedly said, the plan works well.';
    expect(withoutAside('Trump reportedly said, the plan works well', text)).toBe('Trump reportedly said, the plan works well');
    expect(withoutAside('Aides said, the plan works well', 'Aides said, the plan works well.')).toBe('Aides said, the plan works well');
    expect(withoutAside('he said, it works', 'Maybe, he said, it works.')).toBe('he said, it works');
  });
});

describe('an "according to" aside inside the claimed clause', () => {
  it('is passed over: the subject before it and the verb after it are the claim', () => {
    expect(claimsOf('Lewis, according to the source, asked the aide to tell the chairman to stop.')).toEqual([
      'Lewis asked the aide to tell the chairman to stop',
    ]);
  });

  it('after a lone link word, the claim is what follows it (never empty)', () => {
    expect(claimsOf('Instead, according to the source, Laterza told the chairman that his aide was disloyal.')).toEqual([
      'Laterza told the chairman that his aide was disloyal',
    ]);
  });
});
