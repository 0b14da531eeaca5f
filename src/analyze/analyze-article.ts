// analyzeArticle: sentences, then each section extractor from a registry that options can override.
import type { Analysis, Article, ConcernItem, QuoteItem, Sentence, SummaryItem, UnconfirmedItem, Warning } from '../types.js';
import { extractConcerns } from './concerns/index.js';
import { indexNames, type NameIndex } from './name-index.js';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.js';
import { extractQuotes } from './key-quotes.js';
import { splitSentences } from './sentences.js';
import { extractSummary } from './summary.js';
import { extractUnconfirmed } from './unconfirmed/index.js';

/** What every extractor gets: the article, its sentences, the names in it, and the quotes found so far. */
export interface ExtractContext {
  article: Article;
  sentences: readonly Sentence[];
  names: NameIndex;
  /** Quoted spans by paragraph number, found once for every stage that needs them. */
  spans: ReadonlyMap<number, readonly QuoteSpan[]>;
  quotes: readonly QuoteItem[];
}

export interface Extractors {
  quotes: (ctx: Omit<ExtractContext, 'quotes'>) => QuoteItem[];
  summary: (ctx: ExtractContext) => SummaryItem[];
  concerns: (ctx: ExtractContext) => ConcernItem[];
  unconfirmed: (ctx: ExtractContext) => UnconfirmedItem[];
}

export function defaultExtractors(): Extractors {
  return {
    quotes: ({ article, sentences, names, spans }) => extractQuotes(article.paragraphs, sentences, names, { spans }),
    summary: ({ article, sentences, spans }) => extractSummary(sentences, article.meta, whollyQuoted(spans, sentences)),
    concerns: ({ sentences, spans, quotes, names }) => extractConcerns(sentences, quotes, names, quotedSentences(spans, sentences)),
    unconfirmed: ({ article, sentences }) => extractUnconfirmed(sentences, { genre: article.meta.genre, headline: article.meta.headline }),
  };
}

export interface AnalyzeOptions {
  extractors?: Partial<Extractors>;
}

function warningsFor(article: Article, quotes: readonly QuoteItem[]): Warning[] {
  const warnings: Warning[] = [];
  for (const q of quotes) {
    if (!q.speaker && q.text.split(/\s+/).length >= 4) {
      warnings.push({ type: 'warning', code: 'quote-without-speaker', message: `no speaker found for the quote in ¶${q.source.paragraph}: “${q.text.slice(0, 60)}…”`, source: q.source });
    }
  }
  if (!article.meta.published) warnings.push({ type: 'warning', code: 'no-date', message: 'the article states no publication date' });
  return warnings;
}

/** Tells whether an offset of a sentence lies inside quotation marks in its paragraph. */
function quotedTest(spans: ReadonlyMap<number, readonly QuoteSpan[]>): (s: Sentence, offset: number) => boolean {
  return (s, offset) => (spans.get(s.paragraph) ?? []).some((q) => s.start + offset >= q.start && s.start + offset < q.end);
}

/** Sentences that lie wholly or partly inside a quotation of four words or more. */
function quotedSentences(spans: ReadonlyMap<number, readonly QuoteSpan[]>, sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>();
  for (const s of sentences) {
    const inside = (spans.get(s.paragraph) ?? []).some((q) => q.text.split(/\s+/).length >= 4 && q.start < s.end && q.end > s.start);
    if (inside) out.add(s.index);
  }
  return out;
}

const wordsOf = (text: string): string => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/**
 * Sentences that are someone's quoted words: wholly inside one quotation, or repeating words the article quotes elsewhere.
 * They need their speaker to stand on their own.
 */
function whollyQuoted(spans: ReadonlyMap<number, readonly QuoteSpan[]>, sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>();
  const quoted = ` ${[...spans.values()].flat().map((q) => wordsOf(q.text)).join(' | ')} `;
  for (const s of sentences) {
    const inside = (spans.get(s.paragraph) ?? []).some((q) => q.open <= s.start && s.end <= q.close + 1);
    const words = wordsOf(s.text);
    if (inside || (words.split(' ').length >= 4 && quoted.includes(` ${words} `))) out.add(s.index);
  }
  return out;
}

/** Analyses an article: every item keeps the sentence and paragraph it came from. */
export function analyzeArticle(article: Article, options: AnalyzeOptions = {}): Analysis {
  const extractors = { ...defaultExtractors(), ...options.extractors };
  const sentences = splitSentences(article.paragraphs);
  const spans = new Map(article.paragraphs.map((p) => [p.index, findQuoteSpans(p.text)]));
  const names = indexNames(sentences, quotedTest(spans));
  const quotes = extractors.quotes({ article, sentences, names, spans });
  const ctx: ExtractContext = { article, sentences, names, spans, quotes };
  return {
    type: 'analysis',
    sentences,
    summary: extractors.summary(ctx),
    quotes,
    concerns: extractors.concerns(ctx),
    unconfirmed: extractors.unconfirmed(ctx),
    warnings: warningsFor(article, quotes),
  };
}
