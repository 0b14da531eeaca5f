// Finds article sentences that a rendered brief prints more often than the article itself has them, by their words.
import type { Sentence } from '../../src/types.js';

const wordsOf = (text: string): string => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length - 1)) n++;
  return n;
}

/**
 * Sentences of at least `minWords` words that `markdown` prints twice or more — more often than `articleText` has
 * them, when given (a quotation that repeats its own line is printed as it stands).
 */
export function repeatedSentences(markdown: string, sentences: readonly Sentence[], articleText = '', minWords = 6): string[] {
  const page = ` ${wordsOf(markdown)} `;
  const article = ` ${wordsOf(articleText)} `;
  const repeated: string[] = [];
  for (const s of new Set(sentences.map((x) => wordsOf(x.text)))) {
    if (s.split(' ').length < minWords) continue;
    const printed = occurrences(page, ` ${s} `);
    if (printed >= 2 && printed > occurrences(article, ` ${s} `)) repeated.push(s);
  }
  return repeated;
}
