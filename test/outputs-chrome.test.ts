// The output registry, the template's page chrome (header, footer, colours) and the likelihoodOf helper on items.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultHelpers } from '../src/markdown/helpers.js';
import { loadTemplate, reviveTemplate, templateRef } from '../src/markdown/template.js';
import { DEFAULT_CHROME } from '../src/markdown/template-settings.js';
import { OUTPUT_FORMATS, OUTPUTS, outputOf } from '../src/outputs.js';
import { defaultTheme } from '../src/pdf/layout-markdown.js';
import { fillChrome } from '../src/pdf/page-chrome.js';
import { analyzeArticle, buildBrief, readArticle, renderPdf } from '../src/index.js';
import type { ArticleMeta } from '../src/types.js';
import { flat, readPdf } from './helpers/pdf-text.js';
import { runCli } from './helpers/run-cli.js';
import { ROOT, SEED_FILE, SEED_TEXT } from './helpers/seed.js';

const seed = join(ROOT, SEED_FILE);

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'brief-chrome-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const meta = (over: Partial<ArticleMeta> = {}): ArticleMeta => ({
  headline: 'H',
  outlet: 'Daily',
  byline: null,
  published: '2024-05-22',
  publishedText: '22 May 2024',
  credit: null,
  source: 'a.txt',
  url: null,
  standfirst: null,
  genre: 'news',
  ...over,
});

describe('output registry', () => {
  it('holds pdf, md and json in the order --help lists them, each with its extension', () => {
    expect(OUTPUT_FORMATS).toEqual(['pdf', 'md', 'json']);
    expect(OUTPUT_FORMATS.map((f) => OUTPUTS[f].extension)).toEqual(['.pdf', '.md', '.json']);
    // The command line checks --format against src/output-formats.ts's list, kept apart from the makers: one maker for each.
    expect(Object.keys(OUTPUTS)).toEqual(OUTPUT_FORMATS);
  });

  it('outputOf fails loudly on an output that was not made', () => {
    expect(() => outputOf({ brief: {} as never }, 'md')).toThrow(/no md output was made/);
  });
});

describe('template passed down', () => {
  it('a revived template (as a worker gets it) renders like the loaded one', () => {
    const loaded = loadTemplate('bluf');
    const revived = reviveTemplate(structuredClone(templateRef(loaded)));
    expect(revived.settings).toEqual(loaded.settings);
    expect(revived.dir).toBe(loaded.dir);
  });
});

/** Every .ts file under src/, as a path from the repository root. */
function sources(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [relative(ROOT, join(dir, e.name))] : [],
  );
}

describe('one template load per process', () => {
  it('only the CLI and the public facade (src/index.ts) call loadTemplate; every other module takes a loaded template', () => {
    const callers = sources().filter((file) => file !== 'src/markdown/template.ts' && /\bloadTemplate\(/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(callers.sort()).toEqual(['src/cli-main.ts', 'src/index.ts']);
  });

  it('no switch inlines its own exhaustiveness check: they call unreachable() from errors.ts', () => {
    // page-lines.ts is being reworked with the section registry; it joins the rule there.
    const inline = sources().filter((file) => file !== 'src/markdown/page-lines.ts' && /never: never/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(inline).toEqual([]);
  });
});

describe('page chrome', () => {
  it("the defaults are today's look, and the theme's colours", () => {
    expect(fillChrome(DEFAULT_CHROME.header, meta())).toBe('BRIEF  ·  Daily  ·  22 May 2024');
    expect(fillChrome(DEFAULT_CHROME.header, meta({ outlet: null, publishedText: null, published: null }))).toBe('BRIEF');
    expect(fillChrome(DEFAULT_CHROME.footer, meta({ credit: 'Yonhap' }))).toBe('Source: a.txt (Yonhap)');
    expect(fillChrome(DEFAULT_CHROME.footer, meta())).toBe('Source: a.txt');
    expect([DEFAULT_CHROME.ruleColor, DEFAULT_CHROME.accentColor]).toEqual([defaultTheme().rule, defaultTheme().accent]);
    expect(loadTemplate('default').settings).toMatchObject(DEFAULT_CHROME);
  });

  it('a value with braces is not filled twice', () => {
    expect(fillChrome('{headline}', meta({ headline: '{source}' }))).toBe('{source}');
  });

  it('a template sets its header, footer and colours; a bad one is refused', async () => {
    const dir = folder({
      'template.json': '{ "extends": "default", "accentColor": "#AA0000" }',
      'layout.md.hbs': '---\nheader: DESK NOTE[ — {outlet}]\nfooter: From {source}\n---\n# {{meta.headline}}\n\n## Part\n',
    });
    expect(loadTemplate(dir).settings).toMatchObject({
      header: 'DESK NOTE[ — {outlet}]',
      footer: 'From {source}',
      accentColor: '#aa0000',
      ruleColor: '#b0b7c3',
    });
    const r = await runCli([seed, '--template', dir, '--format', 'pdf', '--output', '-']);
    expect(r.code, r.stderr).toBe(0);
    const text = flat((await readPdf(r.stdoutBytes)).text);
    expect(text).toContain('DESK NOTE — ');
    expect(text).toMatch(/From \S*korea-herald/);
    // The accent colour reaches the page body through the layout's theme (section rules, list markers).
    const article = readArticle(SEED_TEXT, { source: SEED_FILE });
    const { fit } = await renderPdf(buildBrief(article, analyzeArticle(article)), { template: loadTemplate(dir) });
    expect(fit.layout.ops.some((op) => op.color === '#aa0000')).toBe(true);
    expect(fit.layout.ops.some((op) => op.color === defaultTheme().accent)).toBe(false);
    const bad = folder({ 'layout.md.hbs': '---\nheader: {publisher}\nruleColor: grey\n---\n# x\n' });
    expect(() => loadTemplate(bad)).toThrow(/unknown field \{publisher\}/);
    const badColour = folder({ 'layout.md.hbs': '---\nruleColor: grey\n---\n# x\n' });
    expect(() => loadTemplate(badColour)).toThrow(/ruleColor must be a colour like "#1f4e79", not "grey"/);
  });
});

describe('likelihoodOf', () => {
  const helper = defaultHelpers().likelihoodOf!;
  it('reads an item’s own likelihood without matching the lexicon again, and still matches a bare cue', () => {
    expect(helper({ cue: 'probably', likelihood: 'stated here' }, {})).toBe('stated here');
    expect(helper({ cue: 'alleged', likelihood: null }, {})).toBe('');
    expect(helper('probably', {})).toBe('likely (55–80%)');
  });
});
