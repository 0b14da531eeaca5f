// Quotations placed in their sentences, and the tokens a text rule reads around one.
import type { Paragraph, Sentence } from '../../types.js';
import { findQuoteSpans, type QuoteSpan } from '../quote-spans.js';
import { sentencesByParagraph } from '../sentences.js';
import { tokenize, type Token } from '../tokens.js';
import type { NameIndex } from '../name-index.js';
import type { LocatedSpan, TextContext } from './rule.js';

export function locateSpans(
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  spans?: ReadonlyMap<number, readonly QuoteSpan[]>,
): LocatedSpan[] {
  const out: LocatedSpan[] = [];
  const byParagraph = sentencesByParagraph(sentences);
  for (const p of paragraphs) {
    const inPara = byParagraph.get(p.index) ?? [];
    const lastSentence = inPara.at(-1);
    if (!lastSentence) continue;
    const at = (offset: number): Sentence => inPara.find((s) => offset >= s.start && offset < s.end) ?? lastSentence;
    for (const span of spans?.get(p.index) ?? findQuoteSpans(p.text)) {
      out.push({ ...span, paragraph: p.index, first: at(span.open), last: at(Math.max(span.open, span.close - 1)) });
    }
  }
  return out;
}

/** Tokens of the sentences around a span, with every quoted span replaced by one 'quote' token. */
export function textContext(span: LocatedSpan, all: readonly LocatedSpan[], paragraphText: string, names: NameIndex): TextContext {
  const from = span.first.start;
  const to = span.last.end;
  const inside = all.filter((s) => s.paragraph === span.paragraph && s.open < to && s.close > from);
  const tokens: Token[] = [];
  let cursor = from;
  let self = -1;
  inside.forEach((s, k) => {
    tokens.push(...tokenize(paragraphText.slice(cursor, Math.max(cursor, s.open)), cursor));
    if (s === span) self = tokens.length;
    tokens.push({ kind: 'quote', text: 'Q', start: s.open, end: s.close, quote: k });
    cursor = Math.max(cursor, s.close);
  });
  tokens.push(...tokenize(paragraphText.slice(cursor, to), cursor));
  return { tokens, self, sentence: span.last, names };
}

/** The words before a quotation's opening mark in its own sentence ("Stated Perl: ", "MARSH: "). */
export const textBefore = (span: LocatedSpan): string => span.first.text.slice(0, span.open - span.first.start);

/** The sentence right before the quotation's own, in its paragraph or the one before; null when there is none. */
export function sentenceBefore(span: LocatedSpan, sentences: readonly Sentence[]): Sentence | null {
  const before = sentences[span.first.index - 1];
  return before && span.paragraph - before.paragraph <= 1 ? before : null;
}
