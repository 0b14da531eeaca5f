// Runs the analysis on a small hand-written article given as paragraphs.
import { expect } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyze-article.js';
import { splitParagraph } from '../../src/analyze/sentences.js';
import { readArticle } from '../../src/read/read-article.js';
import type { Analysis, ConcernItem, QuoteItem, UnconfirmedItem } from '../../src/types.js';

export function analyzeParagraphs(headline: string, ...paragraphs: string[]): Analysis {
  const text = `${headline}\n\n${paragraphs.join('\n\n')}\n`;
  return analyzeArticle(readArticle(text, { source: 'test.txt' }));
}

export function speakers(analysis: Analysis): Array<[string, string | null]> {
  return analysis.quotes.map((q) => [q.text, q.speaker?.name ?? null]);
}

/** Each quotation's speaker and title as "Name | title", "-" for none: the form the title tests compare. */
export function speakersAndTitles(...paragraphs: string[]): string[] {
  return analyzeParagraphs('A headline for the test', ...paragraphs).quotes.map((q) => `${q.speaker?.name ?? '-'} | ${q.speaker?.title ?? '-'}`);
}

/** The last quotation of four words or more: the one a one-quote example is about. */
export function lastLongQuote(analysis: Analysis): QuoteItem | undefined {
  const quotes = analysis.quotes.filter((q) => q.text.split(/\s+/).length >= 4);
  return quotes[quotes.length - 1];
}

/** The speaker of the last long quotation in a small article made of these paragraphs, or null. */
export function speakerOf(...paragraphs: string[]): string | null {
  return lastLongQuote(analyzeParagraphs('A headline for the test', ...paragraphs))?.speaker?.name ?? null;
}

/** The one unconfirmed item of a one-sentence article, or undefined; more than one fails the test. */
export function onlyUnconfirmed(sentence: string): UnconfirmedItem | undefined {
  const items = analyzeParagraphs('A headline for the test', sentence).unconfirmed;
  expect(items.length).toBeLessThanOrEqual(1);
  return items[0];
}

/** The concerns of a small article made of these paragraphs. */
export function concernsOf(...paragraphs: string[]): ConcernItem[] {
  return analyzeParagraphs('A headline for the test', ...paragraphs).concerns;
}

/** Each concern of one paragraph as "holder | fear" ("-" for no holder), after a first paragraph that names a person. */
export function holdersAndFears(paragraph: string): string[] {
  return concernsOf('Ann Lee is a senator.', paragraph).map((c) => `${c.holder ?? '-'} | ${c.fear}`);
}

/** The fears of the concerns in one paragraph, after a neutral first one that names a person. */
export function fearsOf(paragraph: string): string[] {
  return concernsOf('David Cameron spoke on Monday.', paragraph).map((c) => c.fear);
}

/** The sentences a paragraph splits into, as text. */
export function sentenceTexts(text: string): string[] {
  return splitParagraph(text).map((s) => s.text);
}
