// Which sentences lie inside quotation marks: the summary and concern extractors leave a speaker's own words aside.
import type { Sentence } from '../types.js';
import type { QuoteSpan } from './quote-spans.js';
import { plainWords as wordsOf } from '../plain-words.js';

type Spans = ReadonlyMap<number, readonly QuoteSpan[]>;

/** Tells whether an offset of a sentence lies inside quotation marks in its paragraph. */
export function quotedTest(spans: Spans): (s: Sentence, offset: number) => boolean {
  return (s, offset) => (spans.get(s.paragraph) ?? []).some((q) => s.start + offset >= q.start && s.start + offset < q.end);
}

/** Sentences that lie wholly or partly inside a quotation of four words or more. */
export function quotedSentences(spans: Spans, sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>();
  // Each quotation's length is measured once, not once for every sentence of its paragraph.
  const long = new Set([...spans.values()].flat().filter((q) => q.text.split(/\s+/).length >= 4));
  for (const s of sentences) {
    const inside = (spans.get(s.paragraph) ?? []).some((q) => long.has(q) && q.start < s.end && q.end > s.start);
    if (inside) out.add(s.index);
  }
  return out;
}

/**
 * Sentences that are someone's quoted words: wholly inside one quotation, or repeating words the article quotes elsewhere.
 * They need their speaker to stand on their own.
 */
export function whollyQuoted(spans: Spans, sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>();
  const quoted = ` ${[...spans.values()]
    .flat()
    .map((q) => wordsOf(q.text))
    .join(' | ')} `;
  for (const s of sentences) {
    const inside = (spans.get(s.paragraph) ?? []).some((q) => q.open <= s.start && s.end <= q.close + 1);
    // A sentence's words are reduced only when the answer needs them: not inside a quotation, and with a quotation to repeat.
    if (inside || (quoted.length > 2 && repeats(quoted, wordsOf(s.text)))) out.add(s.index);
  }
  return out;
}

/** Whether `words` (four or more) stand whole in the quoted words. */
function repeats(quoted: string, words: string): boolean {
  return words.split(' ').length >= 4 && quoted.includes(` ${words} `);
}

/**
 * For each sentence that opens inside a quotation begun in an earlier sentence of its paragraph, that earlier sentence:
 * in "“America has spoken. The rest … listen,” the prime minister said" the attribution's sentence maps to the one before.
 */
export function quoteOpenings(spans: Spans, sentences: readonly Sentence[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const s of sentences) {
    const q = (spans.get(s.paragraph) ?? []).find((span) => span.open < s.start && s.start < span.close);
    let k = s.index - 1;
    while (q && k >= 0 && sentences[k]?.paragraph === s.paragraph && (sentences[k]?.start ?? 0) > q.open) k--;
    if (q && sentences[k]?.paragraph === s.paragraph) out.set(s.index, k);
  }
  return out;
}
