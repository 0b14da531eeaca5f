import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { briefToJson } from '../src/brief-article.js';
import { buildBrief } from '../src/build-brief.js';
import { readArticle } from '../src/read/read-article.js';
import { renderMarkdown } from '../src/markdown/render-markdown.js';
import { renderPdf } from '../src/pdf/render-pdf.js';
import { loadTemplate } from '../src/markdown/template.js';
import { briefSchema } from '../src/schema.js';
import { repeatedSentences } from '../src/markdown/page-lines.js';
import { readPdf } from './helpers/pdf-text.js';
import { ROOT } from './helpers/seed.js';

// The robustness corpus lives beside the project (../shared); the test says so and skips where it is absent.
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'wikinews', 'articles');
const present = existsSync(CORPUS);
if (!present) console.warn(`corpus test skipped: ${CORPUS} is not there (it ships in the workplace's shared/ folder)`);

describe.skipIf(!present)('Wikinews corpus', () => {
  it('briefs every article onto one page in every built-in template; its JSON matches the schema; no wiki leftovers; no sentence printed twice', async () => {
    const files = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(files.length).toBeGreaterThanOrEqual(300);
    const templates = ['default', 'bluf', 'compact'].map((name) => loadTemplate(name));
    const validate = new Ajv2020({ allErrors: true }).compile(briefSchema());
    const failures: string[] = [];
    for (const file of files) {
      try {
        const article = readArticle(readFileSync(join(CORPUS, file), 'utf8'), { source: file });
        const analysis = analyzeArticle(article);
        const bodyText = article.paragraphs.map((p) => p.text).join('\n');
        const brief = buildBrief(article, analysis);
        if (!validate(JSON.parse(briefToJson(brief)))) failures.push(`${file}: JSON does not match the schema: ${JSON.stringify(validate.errors)}`);
        const markdown = renderMarkdown(brief, templates[0]);
        if (/'''|\[https?:|<\/?blockquote/i.test(markdown)) failures.push(`${file}: wiki leftovers in the Markdown`);
        for (const repeat of repeatedSentences(markdown, analysis.sentences, bodyText))
          failures.push(`${file}: the Markdown prints a sentence twice: ${repeat}`);
        for (const template of templates) {
          const { pdf, fit } = await renderPdf(brief, { template });
          const pages = (await readPdf(pdf)).pages;
          if (pages !== 1) failures.push(`${file} (${template.name}): ${pages} pages`);
          if (!fit.layout.fits || fit.layout.fontSize < 8) failures.push(`${file} (${template.name}): does not fit at ${fit.layout.fontSize} pt`);
          for (const repeat of repeatedSentences(fit.markdown, analysis.sentences, bodyText))
            failures.push(`${file} (${template.name}): the page prints a sentence twice: ${repeat}`);
        }
      } catch (error) {
        failures.push(`${file}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
