// A plural role beside one name is printed singular; words that only end in "s" stay as they are.
import { describe, expect, it } from 'vitest';
import { singularRole } from '../src/analyze/singular-role.js';

describe('singularRole', () => {
  it.each([
    ['founding members', 'founding member'],
    ['nuclear experts', 'nuclear expert'],
    ['Republican pollsters', 'Republican pollster'],
  ])('"%s" → "%s"', (plural, one) => {
    expect(singularRole(plural)).toBe(one);
  });
  it.each(['actress', 'boss', 'campus', 'analysis', 'news', 'economics', 'Associated Press', 'Democrats', 'director of operations', 'head of sales'])(
    'keeps "%s"',
    (role) => {
      expect(singularRole(role)).toBe(role);
    },
  );
  it('keeps no role as none', () => {
    expect(singularRole(null)).toBeNull();
  });
});
