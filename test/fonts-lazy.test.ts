// The fallback fonts are large: a brief in Latin script never reads them, one in Korean reads only the Korean font.
// What a fresh process reads is seen only in a process of its own: the test runs the build's modules in one.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_FILE } from './helpers/seed.js';

const DIST = join(ROOT, 'dist', 'src');
const url = (file: string): string => JSON.stringify(pathToFileURL(join(DIST, file)).href);

/** The font files a fresh process has read after the seed's PDF brief, then after a Korean one: two lists of names. */
function fontsReadByFreshProcess(): [string[], string[]] {
  const script = [
    `const { readFileSync } = await import('node:fs');`,
    `const { readArticle, analyzeArticle, buildBrief, renderPdf } = await import(${url('index.js')});`,
    `const { fontFilesRead } = await import(${url('pdf/fonts.js')});`,
    'const briefOf = (text, source) => { const article = readArticle(text, { source }); return buildBrief(article, analyzeArticle(article)); };',
    `const names = () => fontFilesRead().map((file) => file.split('/').pop());`,
    `await renderPdf(briefOf(readFileSync(${JSON.stringify(SEED_FILE)}, 'utf8'), 'seed.txt'));`,
    'const afterSeed = names();',
    `await renderPdf(briefOf('Seoul Daily\\n\\nSeoul opens a subway line\\n\\nThe city opened the line, which locals call 새 노선, on Monday.', 'k.txt'));`,
    'process.stdout.write(JSON.stringify([afterSeed, names()]));',
  ].join('\n');
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as [string[], string[]];
}

describe('fallback fonts', () => {
  it('are read only when a brief has characters the main font lacks', () => {
    const [afterSeed, afterKorean] = fontsReadByFreshProcess();
    expect(afterSeed.length).toBeGreaterThan(0);
    expect(afterSeed.every((name) => name.startsWith('DejaVu'))).toBe(true);
    // Faces are read as the page first uses them: the seed's page sets nothing in bold italic.
    expect(afterSeed).not.toContain('DejaVuSans-BoldOblique.ttf');
    expect(afterKorean.filter((name) => !name.startsWith('DejaVu'))).toEqual(['NotoSansKR_400Regular.ttf']);
  });
});
