// Whether a word stands whole in a text, with no letter touching it either side, found without building a pattern per word.

const LETTER = /^\p{L}$/u;

/** The code point that ends just before `at`: a surrogate pair counts as one character, as a `u` pattern reads it. */
function pointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(at - 2, at) : text.charAt(at - 1);
}

/** The code point that begins at `at`, a surrogate pair whole. */
function pointAt(text: string, at: number): string {
  return String.fromCodePoint(text.codePointAt(at) ?? 0);
}

/**
 * The same answer as `new RegExp(`(^|[^\p{L}])${escaped word}($|[^\p{L}])`, 'u').test(text)`: building and compiling that
 * pattern for each holder a sentence resolves was most of `resolveHolder`'s own time. A word that is empty or holds a
 * surrogate still takes the pattern, whose reading of surrogates in the middle of a pair this does not copy.
 */
export function hasWholeWord(text: string, word: string): boolean {
  if (word === '' || /[\ud800-\udfff]/.test(word)) return wholeWordPattern(word).test(text);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || !LETTER.test(pointBefore(text, at))) && (end === text.length || !LETTER.test(pointAt(text, end)))) return true;
  }
  return false;
}

/** Text written as a pattern that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern the fast path stands in for. */
export function wholeWordPattern(word: string): RegExp {
  return new RegExp(`(^|[^\\p{L}])${escapeRegExp(word)}($|[^\\p{L}])`, 'u');
}
