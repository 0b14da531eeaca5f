// buildBrief: the analysis ranked into the brief data that templates and JSON consumers read.
import { missingGlyphWarning } from './pdf/glyph-coverage.js';
import { perSection } from './sections.js';
import type { Analysis, Article, Brief, BriefItem, SectionLists } from './types.js';

const byScore = <T extends { score: number; source: { sentenceIndex: number } }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => b.score - a.score || a.source.sentenceIndex - b.source.sentenceIndex);

export function buildBrief(article: Article, analysis: Analysis): Brief {
  const words = article.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
  // Each section in registry order, ranked as its registry entry says; the JSON keeps this key order.
  const sections = perSection((s) => {
    const items: readonly BriefItem[] = analysis[s.name];
    return s.rank === 'score' ? byScore(items) : [...items];
  }) as SectionLists;
  const meta = { ...article.meta, words, paragraphs: article.paragraphs.length, sentences: analysis.sentences.length };
  // Characters no embedded font has would be empty boxes: the PDF leaves them out and every output says so.
  const glyphs = missingGlyphWarning({ meta, ...sections });
  return { schemaVersion: 1, meta, ...sections, warnings: [...analysis.warnings, ...(glyphs ? [glyphs] : [])] };
}
