// The full-corpus check, shared by the corpus test files so vitest can run its shards side by side: one `it` per
// article, so a failure names the article. It includes issue 9's check that every speaker is a name or a role.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyze-article.js';
import { speakerProblem } from '../../src/analyze/speaker-check.js';
import { briefToJson } from '../../src/brief-article.js';
import { buildBrief } from '../../src/build-brief.js';
import { repeatedSentences } from '../../src/markdown/page-lines.js';
import { renderMarkdown } from '../../src/markdown/render-markdown.js';
import { loadTemplate } from '../../src/markdown/template.js';
import { renderPdf } from '../../src/pdf/render-pdf.js';
import { readArticle } from '../../src/read/read-article.js';
import { briefSchema } from '../../src/schema.js';
import { countPages } from './pdf-text.js';
import { ROOT } from './seed.js';

// The robustness corpus lives beside the project (../shared); the test says so and skips where it is absent.
export const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'wikinews', 'articles');

/** Speakers per corpus article, at least: the 300 articles credit about 3.9 each. */
const SPEAKERS_PER_ARTICLE = 2.5;

/** The corpus files, sorted; empty where the corpus is absent. */
export function corpusFiles(): string[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** What is wrong with one article's briefs in every built-in template, and how many speakers it credits. */
async function problemsOf(
  file: string,
  templates: ReturnType<typeof loadTemplate>[],
  validate: ReturnType<Ajv2020['compile']>,
): Promise<{ problems: string[]; speakers: number }> {
  const problems: string[] = [];
  const article = readArticle(readFileSync(join(CORPUS, file), 'utf8'), { source: file });
  const analysis = analyzeArticle(article);
  let speakers = 0;
  for (const { speaker } of analysis.quotes) {
    if (!speaker) continue;
    speakers++;
    const problem = speakerProblem(speaker);
    if (problem) problems.push(`stray speaker ${speaker.name} (${problem}; rule ${speaker.rule})`);
    if (!speaker.rule) problems.push(`speaker ${speaker.name} credited by no named rule`);
  }
  const bodyText = article.paragraphs.map((p) => p.text).join('\n');
  const brief = buildBrief(article, analysis);
  if (!validate(JSON.parse(briefToJson(brief)))) problems.push(`JSON does not match the schema: ${JSON.stringify(validate.errors)}`);
  const markdown = renderMarkdown(brief, templates[0]);
  if (/'''|\[https?:|<\/?blockquote/i.test(markdown)) problems.push('wiki leftovers in the Markdown');
  for (const repeat of repeatedSentences(markdown, analysis.sentences, bodyText)) problems.push(`the Markdown prints a sentence twice: ${repeat}`);
  for (const template of templates) {
    const { pdf, fit } = await renderPdf(brief, { template });
    const pages = await countPages(pdf);
    if (pages !== 1) problems.push(`${template.name}: ${pages} pages`);
    if (!fit.layout.fits || fit.layout.fontSize < 8) problems.push(`${template.name}: does not fit at ${fit.layout.fontSize} pt`);
    for (const repeat of repeatedSentences(fit.markdown, analysis.sentences, bodyText))
      problems.push(`${template.name}: the page prints a sentence twice: ${repeat}`);
  }
  return { problems, speakers };
}

/** Declares the corpus tests for every `of`-th article starting at `shard` (0-based). */
export function describeCorpusShard(shard: number, of: number): void {
  const files = corpusFiles();
  if (files.length === 0) console.warn(`corpus test skipped: ${CORPUS} is not there (it ships in the workplace's shared/ folder)`);
  describe.skipIf(files.length === 0)(`Wikinews corpus, part ${shard + 1} of ${of}`, () => {
    const templates = ['default', 'bluf', 'compact'].map((name) => loadTemplate(name));
    const validate = new Ajv2020({ allErrors: true }).compile(briefSchema());
    if (shard === 0) {
      it('has all 300 articles', () => expect(files.length).toBeGreaterThanOrEqual(300));
    }
    const shardFiles = files.filter((_, i) => i % of === shard);
    let speakers = 0;
    it.each(shardFiles)(
      '%s: one page in every built-in template, JSON matches the schema, no wiki leftovers, no sentence printed twice, every speaker a name or a role',
      async (file) => {
        const found = await problemsOf(file, templates, validate);
        speakers += found.speakers;
        expect(found.problems).toEqual([]);
      },
    );
    // Runs after the articles (a file's tests run in order): a check that credits nobody would find no stray either.
    it(`credits a speaker to at least ${SPEAKERS_PER_ARTICLE} quotes per article on average`, () => {
      expect(speakers).toBeGreaterThanOrEqual(SPEAKERS_PER_ARTICLE * shardFiles.length);
    });
  });
}
