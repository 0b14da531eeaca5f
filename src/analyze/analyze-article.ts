// analyzeArticle: sentences, then each section's extractor from the section registry, which options can override by name.
import { spelledFullNames } from './spelled-names.js';
import { epithetVoices } from './epithet-voices.js';
import { SECTIONS, type SectionContext, type SectionItems, type SectionName } from '../sections.js';
import type { Analysis, Article, Paragraph, QuoteItem, SectionLists, Warning } from '../types.js';
import type { ExtractContext } from './extract-context.js';
import { isEnglishText } from './language.js';
import { indexNames } from './name-index.js';
import { addCopularTitles } from './copular-titles.js';
import { describedVoices } from './described-voice.js';
import { addOpenerTitles } from './opener-titles.js';
import { addListTitles } from './list-role.js';
import { quoteOpenings, quotedTest } from './quoted-sentences.js';
import { interviewVoice } from './interview-voice.js';
import { findQuoteSpans } from './quote-spans.js';
import { splitSentences } from './sentences.js';
import { allMatches } from '../all-matches.js';

export type { ExtractContext } from './extract-context.js';

/** One extractor per section; the quotes extractor runs first, and the others read the quotes it found. */
export type Extractors = { [K in SectionName]: (ctx: SectionContext<K>) => Array<SectionItems[K]> };

export function defaultExtractors(): Extractors {
  return Object.fromEntries(SECTIONS.map((s) => [s.name, s.extract])) as Extractors;
}

export interface AnalyzeOptions {
  extractors?: Partial<Extractors>;
}

function warningsFor(article: Article, quotes: readonly QuoteItem[]): Warning[] {
  const warnings: Warning[] = [];
  for (const q of quotes) {
    if (!q.speaker && q.text.split(/\s+/).length >= 4) {
      warnings.push({
        type: 'warning',
        code: 'quote-without-speaker',
        message: `no speaker found for the quote in ¶${q.source.paragraph}: “${q.text.slice(0, 60)}…”`,
        source: q.source,
      });
    }
  }
  if (!article.meta.published) warnings.push({ type: 'warning', code: 'no-date', message: 'the article states no publication date' });
  return warnings;
}

/** How much of an article is analysed: far more than any news story (the longest of 300 corpus articles is 41 kB),
 * little enough that a hostile input cannot make the analysis, whose speaker and name lookups grow faster than the
 * text, take more than a few seconds; a one-page brief has no room for more anyway. */
export const ANALYSIS_LIMITS = { characters: 100_000, paragraphs: 1_000 } as const;

/** The article's leading paragraphs within the limits (a paragraph that crosses them cut at a sentence end), and a warning when that is not all of it. */
/** "1 paragraph", "1,204 paragraphs". */
const paragraphCount = (n: number): string => `${n.toLocaleString('en')} paragraph${n === 1 ? '' : 's'}`;

export function capArticle(
  article: Article,
  limits: { characters: number; paragraphs: number } = ANALYSIS_LIMITS,
): { article: Article; warning: Warning | null } {
  const total = article.paragraphs.reduce((sum, p) => sum + p.text.length, 0);
  if (total <= limits.characters && article.paragraphs.length <= limits.paragraphs) return { article, warning: null };
  const kept: Paragraph[] = [];
  let room = limits.characters;
  for (const p of article.paragraphs.slice(0, limits.paragraphs)) {
    if (p.text.length <= room) {
      kept.push(p);
      room -= p.text.length;
      continue;
    }
    // The part of the paragraph that fits, ended at its last sentence end (or word break) inside the room left.
    const part = p.text.slice(0, room);
    let end = part.lastIndexOf(' ');
    for (const m of allMatches(part, /[.!?]["'”’)]?\s/g)) end = m.index + m[0].length - 1;
    if (end > 0) kept.push({ ...p, text: part.slice(0, end).trim() });
    break;
  }
  const analysed = kept.reduce((sum, p) => sum + p.text.length, 0);
  return {
    article: { ...article, paragraphs: kept },
    warning: {
      type: 'warning',
      code: 'long-article',
      message: `the article is ${total.toLocaleString('en')} characters in ${paragraphCount(article.paragraphs.length)}; only the first ${analysed.toLocaleString('en')} characters (${paragraphCount(kept.length)}) were analysed`,
    },
  };
}

/** Analyses an article: every item keeps the sentence and paragraph it came from; past ANALYSIS_LIMITS only its beginning is read, with a warning. */
export function analyzeArticle(whole: Article, options: AnalyzeOptions = {}): Analysis {
  const { article, warning } = capArticle(whole);
  const extractors: Extractors = { ...defaultExtractors(), ...options.extractors };
  const sentences = splitSentences(article.paragraphs);
  const spans = new Map(article.paragraphs.map((p) => [p.index, findQuoteSpans(p.text)]));
  const quoted = quotedTest(spans);
  const names = indexNames(sentences, quoted);
  names.quoteOpenings = quoteOpenings(spans, sentences);
  names.epithetVoices = epithetVoices(sentences, quoted);
  addCopularTitles(names, sentences);
  names.described = describedVoices(sentences);
  addOpenerTitles(names, sentences, quoted);
  addListTitles(names, sentences);
  names.spelled = spelledFullNames([article.meta.headline ?? '', ...sentences.map((s) => s.text)]);
  const interview = interviewVoice(sentences, names, article.meta.headline);
  const quotes = extractors.quotes({ article, sentences, names, spans, interview });
  const ctx: ExtractContext = { article, sentences, names, spans, quotes, interview };
  // Each section in registry order; a generic call cannot name one extractor's own context type, hence the widening.
  const extract = (name: SectionName) => (extractors[name] as (ctx: ExtractContext) => unknown[])(ctx);
  // Only the summary (lead sentences) works in any language; the other sections would be half right, so they stay empty and say why.
  if (!isEnglishText(article.paragraphs.map((p) => p.text).join('\n'))) {
    const sections = Object.fromEntries(SECTIONS.map((s) => [s.name, s.name === 'summary' ? extract(s.name) : []])) as SectionLists;
    const notEnglish: Warning = {
      type: 'warning',
      code: 'not-english',
      message: 'the article is not in English: quotes, concerns and unconfirmed claims are found by English words, so only the summary is given',
    };
    return { type: 'analysis', sentences, ...sections, warnings: [notEnglish, ...(warning ? [warning] : []), ...warningsFor(article, [])] };
  }
  const sections = Object.fromEntries(SECTIONS.map((s) => [s.name, s.name === 'quotes' ? quotes : extract(s.name)])) as SectionLists;
  return { type: 'analysis', sentences, ...sections, warnings: [...(warning ? [warning] : []), ...warningsFor(article, quotes)] };
}
