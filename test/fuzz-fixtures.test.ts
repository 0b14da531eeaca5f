// Every input the fuzz suite once failed on (test/fixtures/fuzz/, see its README) now gives a one-page brief or a
// BriefError, the same twice.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefText } from '../src/brief-article.js';
import { isBriefError } from '../src/errors.js';
import { loadTemplate } from '../src/markdown/template.js';
// @ts-expect-error: a plain ES module shared with scripts/fuzz.mjs, without type declarations.
import { formatOfFixture, runCase } from '../scripts/lib/fuzz-core.mjs';
import { ROOT } from './helpers/seed.js';

const dir = join(ROOT, 'test', 'fixtures', 'fuzz');
const files = readdirSync(dir)
  .filter((f) => f !== 'README.md')
  .sort();
const api = { briefText, isBriefError, template: loadTemplate('default') };

describe('fuzz fixtures', () => {
  it('are there', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(`${file}: a one-page brief or a BriefError`, async () => {
      const format = formatOfFixture(file) ?? 'auto';
      const result = await runCase(api, readFileSync(join(dir, file), 'utf8'), format, { slowMs: Number.POSITIVE_INFINITY });
      expect(result.outcome === 'ok' || result.outcome.startsWith('error:') ? 'fine' : `${result.outcome}: ${result.message}`).toBe('fine');
    });
  }
});
