// allMatches: the matches matchAll gives, found with one pattern instead of a copy per call.
import { describe, expect, it } from 'vitest';
import { allMatches } from '../src/all-matches.js';

const asMatchAll = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
const asAll = (text: string, pattern: RegExp) => allMatches(text, pattern).map((m) => [m.index, ...m]);

describe('allMatches', () => {
  it('finds what matchAll finds, groups and offsets included', () => {
    const cases: Array<[string, RegExp]> = [
      ['The war and the crisis worried her.', /\b(war|crisis)\b/g],
      ['Nothing here.', /\bwar\b/g],
      ['a,b,,c', /,?/g],
      ['😀x😀', /(?:)/gu],
      ['😀x😀', /(?:)/g],
      ['Ann said, Bob said', /(\p{Lu}\p{Ll}+) said/gu],
    ];
    for (const [text, pattern] of cases) expect(asAll(text, pattern)).toEqual(asMatchAll(text, pattern));
  });

  it('starts at the pattern’s lastIndex and leaves it as it was', () => {
    const pattern = /o/g;
    pattern.lastIndex = 5;
    const found = allMatches('foo boo', pattern).map((m) => m.index);
    expect(pattern.lastIndex).toBe(5);
    pattern.lastIndex = 5;
    expect(found).toEqual([...'foo boo'.matchAll(pattern)].map((m) => m.index));
  });

  it('lets the caller run the same pattern while reading the matches', () => {
    const pattern = /\d+/g;
    const seen = allMatches('1 22 333', pattern).map((m) => `${m[0]}:${allMatches(m[0], pattern).length}`);
    expect(seen).toEqual(['1:1', '22:1', '333:1']);
  });

  it('refuses a pattern without the global flag, as matchAll does', () => {
    expect(() => allMatches('a', /a/)).toThrow(TypeError);
  });
});
