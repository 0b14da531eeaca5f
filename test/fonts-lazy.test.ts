// The fallback fonts are large: a brief in Latin script never reads them, one in Korean reads only the Korean font.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { buildBrief } from '../src/build-brief.js';
import { renderPdf } from '../src/index.js';
import { fontFilesRead } from '../src/pdf/fonts.js';
import { readArticle } from '../src/read/read-article.js';
import { SEED_FILE, SEED_TEXT } from './helpers/seed.js';

const briefOf = (text: string, source: string) => {
  const article = readArticle(text, { source });
  return buildBrief(article, analyzeArticle(article));
};
const names = (): string[] => fontFilesRead().map((file) => file.split('/').pop() ?? file);

describe('fallback fonts', () => {
  it('are read only when a brief has characters the main font lacks', async () => {
    await renderPdf(briefOf(SEED_TEXT, SEED_FILE));
    expect(names().every((name) => name.startsWith('DejaVu'))).toBe(true);
    // Faces are read as the page first uses them: the seed's page sets nothing in bold italic.
    expect(names()).not.toContain('DejaVuSans-BoldOblique.ttf');
    await renderPdf(briefOf('Seoul Daily\n\nSeoul opens a subway line\n\nThe city opened the line, which locals call 새 노선, on Monday.', 'k.txt'));
    expect(names().filter((name) => !name.startsWith('DejaVu'))).toEqual(['NotoSansKR_400Regular.ttf']);
  });
});
