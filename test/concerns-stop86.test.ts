// Stated concerns (stop 86, from judged samples of web pages, BBC and Wikinews articles): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { concernsOf, fearsOf } from './helpers/analyze.js';

describe('stop 86: a worry pointed back to', () => {
  it('"those concerns" with nothing feared in it is no concern of its own', () => {
    expect(fearsOf('“I respect those concerns,” Lee said.')).toEqual([]);
    expect(fearsOf('Lee said he would be a strong voice in Ottawa for all of these concerns.')).toEqual([]);
  });
  it('still one when it is voiced again, says what is feared, or is another word', () => {
    expect(fearsOf('Mr. Lew stressed those worries at a forum in Beijing.')).not.toEqual([]);
    expect(fearsOf('Lee said those fears about the dam bursting were real.')).not.toEqual([]);
    expect(fearsOf('Lee said such fear-mongering will fuel hate crimes.')).not.toEqual([]);
  });
});

describe('stop 86: a fear that ends on "it"', () => {
  it('an object "it" at the end of the clause is no cut: the fear is the clause, not the sentence', () => {
    const [fear] = fearsOf('So, when the film came around, he feared that modern moviegoers might not accept it.');
    expect(fear).toBe('modern moviegoers might not accept it');
  });
});

describe('stop 86: "they" after a fronted clause about a group', () => {
  it('"As investigators realized …, they worried that …" is the investigators\' worry', () => {
    const [c] = concernsOf('As investigators realized that the fires were linked, they worried that the arsonist would strike again.');
    expect(c?.holder).toBe('investigators');
  });
  it('a "they" after a clause about one person stays unresolved', () => {
    const [c] = concernsOf('After Lee spoke, they worried that the dam would break.');
    expect(c?.holder ?? null).toBeNull();
  });
});
