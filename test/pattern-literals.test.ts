// The literal prefilter of the unconfirmed cues and the concern words: the words a pattern cannot match without, read from the pattern itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexLiterals, mayMatch, requiredLiterals } from '../src/pattern-literals.js';
import { lexicons } from '../src/lexicon.js';
import { CORPUS, corpusFiles } from './helpers/corpus-check.js';

describe('requiredLiterals', () => {
  it.each([
    ['plain words', 'almost certainly', ['almost certainly']],
    ['an optional suffix ends the literal before it', 'nearly certain(ly)?', ['nearly certain']],
    ['an optional letter too', 'sources? said', ['source']],
    ['a required group of alternatives gives each', '(denies|disputes) it', ['denies', 'disputes']],
    ['alternatives at the top level give each', 'unclear|not known', ['unclear', 'not known']],
    ['the longest of the certain literals is kept', 'by (\\w+ )?estimates?', ['estimate']],
    ['classes and escapes end a literal', 'improbabl[ey]\\b', ['improbabl']],
    ['a repeated letter ends it after itself', 'wor+ds', ['wor']],
  ] as const)('%s', (_, source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  it.each([
    ['an optional group is never required', '(perhaps )?so'],
    ['an alternative without a literal makes the whole uncertain', 'unclear|\\w+ed'],
    ['a lookahead matches nothing itself', '(?=likely)\\w+'],
    ['literals under three letters are not worth a test', '(am|is) so'],
  ])('%s', (_, source) => {
    expect(requiredLiterals(source)).toBeNull();
  });

  it('lets a pattern run on a text that holds one of its literals, and one without literals on any text', () => {
    const index = indexLiterals([['most likely'], ['unclear', 'not known'], null]);
    expect([...mayMatch(index, 'it was most likely so')]).toEqual([1, 0, 1]);
    expect([...mayMatch(index, 'it is not known')]).toEqual([0, 1, 1]);
    expect([...mayMatch(index, 'it is not clear')]).toEqual([0, 0, 1]);
    expect([...mayMatch(index, 'so')]).toEqual([0, 0, 1]);
    // Case does not matter, and the long s counts as s, as Unicode-mode case folding has it.
    expect([...mayMatch(index, 'It Was MOST LIKELY ſo')]).toEqual([1, 0, 1]);
    expect([/\bclasp\b/iu.test('CLAſP'), mayMatch(indexLiterals([requiredLiterals('\\bclasp\\b')]), 'CLAſP')[0]]).toEqual([true, 1]);
  });
});

describe('the cue lexicon', () => {
  const cues = lexicons().unconfirmedCues;
  const sentences = corpusFiles()
    .slice(0, 100)
    .flatMap((f) => readFileSync(join(CORPUS, f), 'utf8').split(/(?<=[.!?])\s+/));

  it('gives every cue a literal, and no cue matches a corpus sentence that lacks all of its literals', () => {
    const literals = cues.map((cue) => requiredLiterals(cue.pattern.source));
    expect(cues.filter((_, k) => literals[k] === null).map((cue) => cue.pattern.source)).toEqual([]);
    const index = indexLiterals(literals);
    let [matched, skipped] = [0, 0];
    for (const sentence of sentences) {
      const may = mayMatch(index, sentence);
      for (const [k, cue] of cues.entries()) {
        if (!cue.pattern.test(sentence)) {
          if (may[k] === 0) skipped++;
          continue;
        }
        matched++;
        expect(may[k], `${cue.pattern.source} on ${sentence}`).toBe(1);
      }
    }
    if (sentences.length > 0) expect(skipped).toBeGreaterThan(matched * 10);
    if (sentences.length > 0) expect(matched).toBeGreaterThan(100);
  });

  // A lookbehind that opens an alternative is tried at every position of every sentence the list runs on; after a literal it runs only where that literal stands.
  it.each(['concern-cues.txt', 'harm-words.txt', 'criticism-words.txt'])('opens no alternative of %s with a lookbehind', (file) => {
    const lines = readFileSync(join(import.meta.dirname, '..', 'data', 'lexicons', file), 'utf8').split('\n');
    expect(lines.filter((line) => !line.startsWith('#') && /(?:^|\|)(?:\\b)?\(\?<[=!]/.test(line))).toEqual([]);
  });

  it.each(['concernCues', 'harmWords', 'criticismWords'] as const)('lets %s run on every corpus sentence it matches, and on few others', (name) => {
    const pattern = new RegExp(lexicons()[name].source, 'i');
    expect(requiredLiterals(pattern.source), name).not.toBeNull();
    const index = indexLiterals([requiredLiterals(pattern.source)]);
    let [matched, skipped] = [0, 0];
    for (const sentence of sentences) {
      const may = mayMatch(index, sentence)[0] === 1;
      if (!pattern.test(sentence)) skipped += may ? 0 : 1;
      else {
        matched++;
        expect(may, sentence).toBe(true);
      }
    }
    if (sentences.length > 0) expect(skipped).toBeGreaterThan(matched);
  });
});
