// The section registry: every per-section fact in one place, in page order. The stages iterate it, never a section by name.
import type { ExtractContext } from './analyze/extract-context.js';
import { extractConcerns } from './analyze/concerns/index.js';
import { extractQuotes } from './analyze/key-quotes.js';
import { quotedSentences, quotedTest, whollyQuoted } from './analyze/quoted-sentences.js';
import { extractSummary } from './analyze/summary.js';
import { extractUnconfirmed } from './analyze/unconfirmed/index.js';
import type { ConcernItem, QuoteItem, SummaryItem, UnconfirmedItem } from './types.js';

/** The item type of each section, by name: the brief, the analysis and the templates derive their section fields from it. */
export interface SectionItems {
  summary: SummaryItem;
  quotes: QuoteItem;
  concerns: ConcernItem;
  unconfirmed: UnconfirmedItem;
}

export type SectionName = keyof SectionItems;

/** What a section's extractor reads: the quotes section runs first and feeds the quotes found to the others. */
export type SectionContext<K extends SectionName> = K extends 'quotes' ? Omit<ExtractContext, 'quotes'> : ExtractContext;

/** The string fields of an item, the ones a word cap may shorten. */
type TextField<T> = { [F in keyof T]: T[F] extends string ? F : never }[keyof T];

export interface Section<K extends SectionName = SectionName> {
  name: K;
  /** Finds the section's items in an article. */
  extract: (ctx: SectionContext<K>) => Array<SectionItems[K]>;
  /** How the brief orders the items: by score (ties by position in the article), or as the extractor gave them. */
  rank: 'score' | 'extracted';
  /** Items the section keeps on a full page before any other section loses its last one, and at the very last. */
  pageFloor: number;
  lastFloor: number;
  /** The text fields a page cuts to a word cap, with an ellipsis, when the page still does not fit. */
  wordCapped: ReadonlyArray<TextField<SectionItems[K]>>;
}

type Registry = { [K in SectionName]: Section<K> }[SectionName];

export const SECTIONS: readonly Registry[] = [
  {
    name: 'summary',
    extract: ({ article, sentences, spans }) => extractSummary(sentences, article.meta, whollyQuoted(spans, sentences)),
    // The summary keeps its own order: the news first, then supporting facts.
    rank: 'extracted',
    pageFloor: 2,
    lastFloor: 1,
    wordCapped: ['text'],
  },
  {
    name: 'quotes',
    extract: ({ article, sentences, names, spans, interview }) =>
      extractQuotes(article.paragraphs, sentences, names, { spans, headline: article.meta.headline, interview }),
    rank: 'score',
    pageFloor: 1,
    lastFloor: 0,
    wordCapped: ['text'],
  },
  {
    name: 'concerns',
    extract: ({ article, sentences, spans, quotes, names, interview }) =>
      extractConcerns(sentences, quotes, names, { quotedSentences: quotedSentences(spans, sentences), headline: article.meta.headline, interview }),
    rank: 'score',
    pageFloor: 1,
    lastFloor: 0,
    wordCapped: ['text', 'fear'],
  },
  {
    name: 'unconfirmed',
    extract: ({ article, sentences, spans }) =>
      extractUnconfirmed(sentences, { genre: article.meta.genre, headline: article.meta.headline, quoted: quotedTest(spans) }),
    rank: 'score',
    pageFloor: 1,
    lastFloor: 0,
    wordCapped: ['text', 'claim'],
  },
];

// The names in the registry's order, a test keeps them in step.
export { SECTION_NAMES } from './section-names.js';

/** A record with one value per section, in registry order. */
export function perSection<V>(value: (section: Registry) => V): Record<SectionName, V> {
  return Object.fromEntries(SECTIONS.map((s) => [s.name, value(s)])) as Record<SectionName, V>;
}
