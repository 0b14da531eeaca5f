// Built-in templates run from the build's compiled code while their text is unchanged: the same Markdown as compiling
// them afresh, and any other text is checked and compiled as before.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/markdown/render-markdown.js';
import { precompiledSpec } from '../src/markdown/template-cache.js';
import { builtInFiles, loadTemplate } from '../src/markdown/template.js';
import { analyzeArticle, buildBrief, readArticle } from '../src/index.js';
import { ROOT, SEED_FILE, SEED_TEXT } from './helpers/seed.js';

const seedBrief = () => {
  const article = readArticle(SEED_TEXT, { source: SEED_FILE });
  return buildBrief(article, analyzeArticle(article));
};

describe('precompiled built-in templates', () => {
  it('the build compiled every file of every built-in template, and a changed text is not served from it', () => {
    const files = builtInFiles();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(precompiledSpec(file), file.file).not.toBeNull();
    const [first] = files;
    expect(precompiledSpec({ ...(first as (typeof files)[number]), source: `${first?.source}\n` })).toBeNull();
  });

  it.each(['default', 'bluf', 'compact'])('%s: the compiled code writes the Markdown a fresh compile writes', (name) => {
    // A copy elsewhere is the same text at another path: it is compiled as it is read.
    const copy = join(mkdtempSync(join(tmpdir(), 'brief-tplcache-')), name);
    cpSync(join(ROOT, 'templates', name), copy, { recursive: true });
    const brief = seedBrief();
    expect(renderMarkdown(brief, loadTemplate(copy))).toBe(renderMarkdown(brief, loadTemplate(name)));
  });

  it('an edited copy of a built-in is still checked: a field the data lacks is an error', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'brief-tplcache-')), 'default');
    cpSync(join(ROOT, 'templates', 'default'), copy, { recursive: true });
    const layout = join(copy, 'layout.md.hbs');
    writeFileSync(layout, `${readFileSync(layout, 'utf8')}\n{{meta.nonexistentField}}\n`);
    expect(() => loadTemplate(copy)).toThrow(/nonexistentField/);
  });
});
