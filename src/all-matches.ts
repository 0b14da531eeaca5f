// Every match of a global pattern, as `text.matchAll(pattern)` finds them, without the copy of the pattern that matchAll
// makes on each call: with a long word list the copy makes the search three to four times as slow (the concern lists over
// the corpus's sentences: 125-168 ms by matchAll, 29-43 ms by exec on the one pattern).

/**
 * The matches of a global (`g`) pattern in a text, in order, as `[...text.matchAll(pattern)]` gives them: from the
 * pattern's `lastIndex`, an empty match stepping over one character (a code point with `u` or `v`). The pattern's
 * `lastIndex` is as it was afterwards. All are found at once, so the caller may run the same pattern while reading them.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('allMatches needs a global pattern');
  const from = pattern.lastIndex;
  const found: RegExpExecArray[] = [];
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      found.push(m);
      if (m[0] === '') pattern.lastIndex = stepOver(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
    }
  } finally {
    pattern.lastIndex = from;
  }
  return found;
}

/** The index after the character at `at`: past a whole surrogate pair when the pattern reads code points. */
function stepOver(text: string, at: number, codePoints: boolean): number {
  if (!codePoints || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
