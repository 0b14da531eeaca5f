// Quotations placed in their sentences, and the tokens a text rule reads around one.
import { firstIndex } from '../../first-index.js';
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
    const at = (offset: number): Sentence => sentenceAt(inPara, offset) ?? lastSentence;
    for (const span of spans?.get(p.index) ?? findQuoteSpans(p.text)) {
      out.push({ ...span, paragraph: p.index, first: at(span.open), last: at(Math.max(span.open, span.close - 1)) });
    }
  }
  return out;
}

/**
 * The sentence of a paragraph's (in order, none overlapping) that holds an offset; undefined in the space between two. By halves,
 * not by a scan: a paragraph of thousands of sentences and quotations made the scan per quotation quadratic.
 */
export function sentenceAt(inPara: readonly Sentence[], offset: number): Sentence | undefined {
  const s = inPara[firstIndex(inPara, (x) => x.start > offset) - 1];
  return s && offset < s.end ? s : undefined;
}

/** Each paragraph's spans, in order, and whether their opening and closing offsets both only grow (as findQuoteSpans gives them). */
type SpanGroups = Map<number, { spans: LocatedSpan[]; ordered: boolean }>;
const groupsOf = new WeakMap<readonly LocatedSpan[], SpanGroups>();

/**
 * The spans of a paragraph that overlap [from, to), in order, as filtering every span of the article finds them. With opening and
 * closing offsets in order they are one run, found by halves: filtering per quotation was quadratic in the quotations (a 100,000
 * character paragraph of quotations took seconds).
 */
function spansWithin(all: readonly LocatedSpan[], paragraph: number, from: number, to: number): LocatedSpan[] {
  let groups = groupsOf.get(all);
  if (!groups) {
    groups = new Map();
    for (const s of all) {
      const group = groups.get(s.paragraph) ?? { spans: [], ordered: true };
      const last = group.spans.at(-1);
      if (last && (s.open < last.open || s.close < last.close)) group.ordered = false;
      group.spans.push(s);
      groups.set(s.paragraph, group);
    }
    groupsOf.set(all, groups);
  }
  const group = groups.get(paragraph);
  if (!group) return [];
  if (!group.ordered) return group.spans.filter((s) => s.open < to && s.close > from);
  const first = firstIndex(group.spans, (s) => s.close > from);
  const end = firstIndex(group.spans, (s) => s.open >= to);
  return group.spans.slice(first, Math.max(first, end));
}

/** The tokens of each run of sentences a quotation stands in, by paragraph and offsets, and each quotation's token among them. */
type Contexts = Map<string, { tokens: readonly Token[]; selves: Map<LocatedSpan, number> }>;
const contextsOf = new WeakMap<readonly LocatedSpan[], Contexts>();

/**
 * Tokens of the sentences around a span, with every quoted span replaced by one 'quote' token. The quotations of one
 * sentence share its tokens, tokenised once: per quotation, a long sentence of many was tokenised again for each.
 */
export function textContext(span: LocatedSpan, all: readonly LocatedSpan[], paragraphText: string, names: NameIndex): TextContext {
  const from = span.first.start;
  const to = span.last.end;
  const contexts = contextsOf.get(all) ?? new Map();
  contextsOf.set(all, contexts);
  const key = `${span.paragraph}:${from}:${to}`;
  let context = contexts.get(key);
  if (!context) {
    const tokens: Token[] = [];
    const selves = new Map<LocatedSpan, number>();
    let cursor = from;
    spansWithin(all, span.paragraph, from, to).forEach((s, k) => {
      tokens.push(...tokenize(paragraphText.slice(cursor, Math.max(cursor, s.open)), cursor));
      selves.set(s, tokens.length);
      tokens.push({ kind: 'quote', text: 'Q', start: s.open, end: s.close, quote: k });
      cursor = Math.max(cursor, s.close);
    });
    tokens.push(...tokenize(paragraphText.slice(cursor, to), cursor));
    context = { tokens, selves };
    contexts.set(key, context);
  }
  return { tokens: context.tokens, self: context.selves.get(span) ?? -1, sentence: span.last, names };
}

/** The words before a quotation's opening mark in its own sentence ("Stated Perl: ", "MARSH: "). */
export const textBefore = (span: LocatedSpan): string => span.first.text.slice(0, span.open - span.first.start);

/** The sentence right before the quotation's own, in its paragraph or the one before; null when there is none. */
export function sentenceBefore(span: LocatedSpan, sentences: readonly Sentence[]): Sentence | null {
  const before = sentences[span.first.index - 1];
  return before && span.paragraph - before.paragraph <= 1 ? before : null;
}
