// Runs the analysis on a small hand-written article given as paragraphs.
import { analyzeArticle } from '../../src/analyze/analyze-article.js';
import { readArticle } from '../../src/read/read-article.js';
import type { Analysis } from '../../src/types.js';

export function analyzeParagraphs(headline: string, ...paragraphs: string[]): Analysis {
  const text = `${headline}\n\n${paragraphs.join('\n\n')}\n`;
  return analyzeArticle(readArticle(text, { source: 'test.txt' }));
}

export function speakers(analysis: Analysis): Array<[string, string | null]> {
  return analysis.quotes.map((q) => [q.text, q.speaker?.name ?? null]);
}
