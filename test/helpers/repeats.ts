// Finds article sentences that a rendered brief prints more than once, by their words (Markdown escapes aside).
import type { Sentence } from '../../src/types.js';

const wordsOf = (text: string): string => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** Sentences of at least `minWords` words whose whole text occurs twice or more in `markdown`. */
export function repeatedSentences(markdown: string, sentences: readonly Sentence[], minWords = 6): string[] {
  const page = ` ${wordsOf(markdown)} `;
  const repeated: string[] = [];
  for (const s of new Set(sentences.map((x) => wordsOf(x.text)))) {
    if (s.split(' ').length < minWords) continue;
    const first = page.indexOf(` ${s} `);
    if (first >= 0 && page.indexOf(` ${s} `, first + s.length + 1) >= 0) repeated.push(s);
  }
  return repeated;
}
