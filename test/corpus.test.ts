import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefText } from '../src/brief-article.js';
import { readPdf } from './helpers/pdf-text.js';
import { ROOT } from './helpers/seed.js';

// The robustness corpus lives beside the project (../shared); the test says so and skips where it is absent.
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'wikinews', 'articles');
const present = existsSync(CORPUS);
if (!present) console.warn(`corpus test skipped: ${CORPUS} is not there (it ships in the workplace's shared/ folder)`);

describe.skipIf(!present)('Wikinews corpus', () => {
  it('briefs every article into a one-page PDF without error, and no wiki leftovers reach the brief', async () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
    expect(files.length).toBeGreaterThanOrEqual(300);
    const failures: string[] = [];
    for (const file of files) {
      try {
        const out = await briefText(readFileSync(join(CORPUS, file), 'utf8'), { source: file, formats: ['md', 'pdf'] });
        const pdf = await readPdf(out.pdf!);
        if (pdf.pages !== 1) failures.push(`${file}: ${pdf.pages} pages`);
        if (!out.fit!.layout.fits || out.fit!.layout.fontSize < 8) failures.push(`${file}: does not fit at ${out.fit!.layout.fontSize} pt`);
        if (/'''|\[https?:|<\/?blockquote/i.test(out.markdown!)) failures.push(`${file}: wiki leftovers in the Markdown`);
      } catch (error) {
        failures.push(`${file}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
