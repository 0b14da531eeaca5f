// Words as runs of anything but white space, counted in one pass without making a string or match per word: the reader
// and the analysis count the words of every block and sentence many times over. Both also ask whether a line is in title case.

/** Whether a UTF-16 code unit is white space as `\s` has it (white space and line terminators). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The number of words: runs of anything but white space (counted, not split out). */
export function spacedWordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/**
 * Title case, as headlines are set ("Trump Says He Never Pledged To Kill …"): nearly every word of four letters or more
 * capitalised, four such words at least. The reader takes such a first line for the headline; the concern extractor lists
 * no headline's words.
 */
export function isTitleCase(text: string): boolean {
  // The words are /\p{L}[\p{L}'\u2019-]*/u, read a character at a time: a list of each sentence's words cost more.
  let long = 0;
  let upper = 0;
  let i = 0;
  while (i < text.length) {
    const point = text.codePointAt(i) as number;
    const kind = letterKind(point);
    const start = i;
    i += point > 0xffff ? 2 : 1;
    if (kind === NOT_LETTER) continue;
    while (i < text.length) {
      const next = text.codePointAt(i) as number;
      if (next !== 39 && next !== 0x2019 && next !== 45 && letterKind(next) === NOT_LETTER) break;
      i += next > 0xffff ? 2 : 1;
    }
    // Four UTF-16 units or more, as a word's length counts them.
    if (i - start > 3) {
      long++;
      if (kind === UPPER) upper++;
    }
  }
  return long >= 4 && upper >= 0.8 * long;
}

const NOT_LETTER = 0;
const OTHER_LETTER = 1;
const UPPER = 2;
const kinds = new Map<number, number>();
/** Whether a character is an upper-case letter (\p{Lu}), another letter (\p{L}) or none; other than ASCII, found once each. */
function letterKind(point: number): number {
  if (point < 128) return point >= 65 && point <= 90 ? UPPER : point >= 97 && point <= 122 ? OTHER_LETTER : NOT_LETTER;
  let kind = kinds.get(point);
  if (kind === undefined) {
    const char = String.fromCodePoint(point);
    kind = /\p{Lu}/u.test(char) ? UPPER : /\p{L}/u.test(char) ? OTHER_LETTER : NOT_LETTER;
    kinds.set(point, kind);
  }
  return kind;
}
