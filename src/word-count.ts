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
  const long = (text.match(/\p{L}[\p{L}'\u2019-]*/gu) ?? []).filter((w) => w.length > 3);
  return long.length >= 4 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * long.length;
}
