// The guards the fuzz suite leans on: odd HTML shapes read as a browser would, nesting unwrapped past a depth,
// the input size limit, the analysis cap with its warning, and the per-input time budget of a batch.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, capArticle } from '../src/analyze/analyze-article.js';
import { runBatch } from '../src/batch.js';
import { briefText } from '../src/brief-article.js';
import { isBriefError } from '../src/errors.js';
import { loadTemplate, templateRef } from '../src/markdown/template.js';
import { flattenNesting } from '../src/read/formats/html-nesting.js';
import { readArticle } from '../src/read/read-article.js';
import { readSource } from '../src/read/sources/read-source.js';

const STORY = '<p>The council approved the new budget on Tuesday after a long debate about the cost of repairs.</p>';

describe('HTML that is not shaped like a browser page', () => {
  it('reads text before the first tag as the page body', () => {
    const article = readArticle('<!doctype html>The council approved the new budget on Tuesday. It cost more than planned.', { format: 'html' });
    expect(article.paragraphs.map((p) => p.text).join(' ')).toContain('approved the new budget');
  });
  it('reads paragraphs after </body> and after </html> as the story', () => {
    for (const page of [`<html><head><title>T</title></head><body></body>${STORY}</html>`, `<html><body><h1>Budget</h1></body></html><div>${STORY}</div>`]) {
      expect(readArticle(page, { format: 'html' }).paragraphs.map((p) => p.text)).toContain(
        'The council approved the new budget on Tuesday after a long debate about the cost of repairs.',
      );
    }
  });
  it('says a frameset page holds its text in the pages it frames', () => {
    expect(() => readArticle('<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>', { format: 'html', source: 'f.html' })).toThrow(
      'the page is a frameset; its text is in the pages it frames (a.html, b.html)',
    );
  });
  it('refuses a frameset or a drawing with a BriefError naming the input', () => {
    for (const page of ['<html><frameset><frame src="a.html"></frameset></html>', '<svg><text>Only a drawing</text></svg>']) {
      let error: unknown;
      try {
        readArticle(page, { format: 'html', source: 'odd.html' });
      } catch (e) {
        error = e;
      }
      expect(isBriefError(error) && error.file === 'odd.html').toBe(true);
    }
  });
});

describe('flattenNesting', () => {
  it('leaves a page within the limit as it is', () => {
    const page = `<html><body>${'<div>'.repeat(10)}${STORY}${'</div>'.repeat(10)}<p>one<p>two<br><img src=x></body></html>`;
    expect(flattenNesting(page, 20)).toEqual({ html: page, flattened: 0, elements: 17 });
  });
  it('unwraps the elements beyond the limit and keeps their text in order', () => {
    const { html, flattened } = flattenNesting(`${'<div>'.repeat(6)}<b>deep</b> text${'</div>'.repeat(6)}<p>after</p>`, 4);
    expect(flattened).toBe(3);
    expect(html).toBe(`${'<div>'.repeat(4)}deep text${'</div>'.repeat(4)}<p>after</p>`);
  });
  it('does not count unclosed paragraphs and list items, or tags inside scripts, as nesting', () => {
    const page = `<ul>${'<li>item'.repeat(50)}</ul>${'<p>para'.repeat(50)}<script>${'<div>'.repeat(50)}</script>`;
    expect(flattenNesting(page, 5).flattened).toBe(0);
  });
  it('refuses a page of more elements than any news page has, naming it', () => {
    let error: unknown;
    try {
      readArticle(`<html><body>${STORY}${'<br>'.repeat(30_001)}</body></html>`, { format: 'html', source: 'many.html' });
    } catch (e) {
      error = e;
    }
    expect(isBriefError(error) ? [error.code, error.file, error.message] : error).toEqual([
      'INPUT_TOO_LARGE',
      'many.html',
      'the page has 30,004 HTML elements, over the 30,000 a page is read with',
    ]);
  });
  it('reads a page nested 20,000 deep', () => {
    const page = `<html><body>${'<div>'.repeat(20_000)}${STORY}${'</div>'.repeat(20_000)}</body></html>`;
    expect(readArticle(page, { format: 'html' }).paragraphs[0]?.text).toContain('approved the new budget');
  });
});

describe('the input size limit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brief-size-'));
  writeFileSync(join(dir, 'big.txt'), 'word '.repeat(300));
  it('refuses a file, or standard input, over the limit with INPUT_TOO_LARGE naming it', async () => {
    for (const source of [
      { kind: 'file' as const, name: 'big.txt' },
      { kind: 'stdin' as const, name: '-', bytes: new TextEncoder().encode('word '.repeat(300)) },
    ]) {
      const error = await readSource(source, { cwd: dir, maxBytes: 1000 }).catch((e: unknown) => e);
      expect(isBriefError(error) ? [error.code, error.file, error.message] : error).toEqual([
        'INPUT_TOO_LARGE',
        source.name,
        'the input is 1.5 kB, over the 1 kB limit',
      ]);
    }
  });
  it('gives a size that rounds to the limit in bytes ("5,000,001 bytes, over the 5 MB limit")', async () => {
    const error = await readSource({ kind: 'stdin', name: '-', bytes: new Uint8Array(5_000_001).fill(0x61) }, { cwd: dir, maxBytes: 5_000_000 }).catch(
      (e: unknown) => e,
    );
    expect(isBriefError(error) && error.message).toBe('the input is 5,000,001 bytes, over the 5 MB limit');
  });
  it('reads a file under the limit', async () => {
    expect((await readSource({ kind: 'file', name: 'big.txt' }, { cwd: dir, maxBytes: 2000 })).text).toHaveLength(1500);
  });
});

describe('the analysis cap', () => {
  const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} tells one more thing. It has two sentences.`);
  const article = readArticle(`Headline of the story\n\n${paragraphs.join('\n\n')}`, { source: 'long.txt' });
  it('keeps an article within the limits whole', () => {
    expect(capArticle(article).warning).toBeNull();
  });
  it('analyses only the leading paragraphs, cutting the last at a sentence end, and says so', () => {
    const { article: capped, warning } = capArticle(article, { characters: 200, paragraphs: 100 });
    expect(capped.paragraphs.map((p) => p.text)).toEqual([...paragraphs.slice(0, 3), 'Paragraph 4 tells one more thing.']);
    expect(warning?.code).toBe('long-article');
    expect(capArticle(article, { characters: 10_000, paragraphs: 5 }).article.paragraphs).toHaveLength(5);
  });
  it('counts one paragraph as one ("in 1 paragraph"), not "1 paragraphs"', () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const one = readArticle(`Headline of the story\n\nThe mayor said ${words} and more`, { source: 'one.txt' });
    expect(capArticle(one, { characters: 200, paragraphs: 100 }).warning?.message).toMatch(/ characters in 1 paragraph; .* \(1 paragraph\) were analysed$/);
  });
  it('puts the warning on the analysis of a long article', () => {
    const long = readArticle(`Headline of the story\n\n${Array.from({ length: 1100 }, () => 'One short paragraph.').join('\n\n')}`);
    expect(analyzeArticle(long).warnings.map((w) => w.code)).toContain('long-article');
  });
  it('tells the cut on stderr too, as the page does not say it', async () => {
    const text = `Headline of the story\n\n${Array.from({ length: 1100 }, () => 'One short paragraph.').join('\n\n')}`;
    const outputs = await briefText(text, { source: 'long.txt', formats: ['md'], template: loadTemplate('default') });
    expect(outputs.warnings?.some((w) => /were analysed/.test(w))).toBe(true);
  });
});

describe('the time budget of a batch', () => {
  // The default job count (null) runs on worker threads too, however many it comes to on this machine.
  it.each([2, null])('stops an input that holds its worker too long, reports it by name and goes on with the others (jobs %s)', async (jobs) => {
    const dir = mkdtempSync(join(tmpdir(), 'brief-budget-'));
    for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(dir, name), `Headline\n\n${STORY.replace(/<\/?p>/g, '')}`);
    const template = loadTemplate('default');
    const tasks = ['a.txt', 'b.txt', 'c.txt'].map((name) => ({ kind: 'file' as const, name, output: name }));
    // A budget no worker can meet: every input is stopped, and the batch still ends with a result for each.
    const results = await runBatch(
      tasks,
      { formats: ['json'], outDir: 'out', cwd: dir, template: templateRef(template), page: {}, budgetMs: 1 },
      jobs,
      () => {},
      template,
    );
    expect(results.map((r) => [r.input, r.error?.code]).sort()).toEqual([
      ['a.txt', 'INPUT_TOO_SLOW'],
      ['b.txt', 'INPUT_TOO_SLOW'],
      ['c.txt', 'INPUT_TOO_SLOW'],
    ]);
    expect(results[0]?.error?.message).toMatch(/^[abc]\.txt: took longer than 0\.001 s and was stopped$/);
  });
});
