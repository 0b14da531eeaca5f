// buildBrief: the analysis ranked into the brief data that templates and JSON consumers read.
import type { Analysis, Article, Brief } from './types.js';

const byScore = <T extends { score: number; source: { sentenceIndex: number } }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => b.score - a.score || a.source.sentenceIndex - b.source.sentenceIndex);

export function buildBrief(article: Article, analysis: Analysis): Brief {
  const words = article.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
  return {
    schemaVersion: 1,
    meta: { ...article.meta, words, paragraphs: article.paragraphs.length, sentences: analysis.sentences.length },
    // The summary keeps its own order: the news first, then supporting facts.
    summary: [...analysis.summary],
    quotes: byScore(analysis.quotes),
    concerns: byScore(analysis.concerns),
    unconfirmed: byScore(analysis.unconfirmed),
    warnings: [...analysis.warnings],
  };
}
