import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { buildBrief } from '../src/build-brief.js';
import { readArticle } from '../src/read/read-article.js';
import { escapeMarkdown } from '../src/markdown/markdown-escape.js';
import { renderMarkdown } from '../src/index.js';
import { loadTemplate } from '../src/markdown/template.js';
import { ROOT } from './helpers/seed.js';

// Golden briefs: test/fixtures/<case>/article.* → expected.md. Rewrite them with UPDATE_GOLDEN=1 npm test, then review the diff.
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const FIXTURES = join(ROOT, 'test', 'fixtures');

function briefOf(text: string, source: string) {
  const article = readArticle(text, { source });
  return buildBrief(article, analyzeArticle(article));
}

describe('golden Markdown briefs', () => {
  // One golden file per template: expected.md for default, expected.<template>.md for the others.
  const cases: Array<[string, string]> = [
    ['seed', 'default'],
    ['seed', 'bluf'],
    ['seed', 'compact'],
  ];
  for (const [name, template] of cases) {
    const file = template === 'default' ? 'expected.md' : `expected.${template}.md`;
    it(`${name} in ${template} matches test/fixtures/${name}/${file}`, () => {
      const dir = join(FIXTURES, name);
      const markdown = renderMarkdown(briefOf(readFileSync(join(dir, 'article.txt'), 'utf8'), 'article.txt'), loadTemplate(template));
      const expectedFile = join(dir, file);
      if (UPDATE) writeFileSync(expectedFile, markdown);
      expect(existsSync(expectedFile), `${expectedFile} is missing: run UPDATE_GOLDEN=1 npm test and review it`).toBe(true);
      expect(markdown).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});

describe('renderMarkdown', () => {
  const seed = briefOf(readFileSync(join(FIXTURES, 'seed', 'article.txt'), 'utf8'), 'seed.txt');
  const markdown = renderMarkdown(seed);

  it('has the headline and the four sections, each item with its paragraph', () => {
    expect(markdown).toMatch(/^# Russia likely offering N\. Korea/);
    for (const heading of ['## Summary', '## Key quotes', '## Stated concerns', '## What remains unconfirmed']) expect(markdown).toContain(heading);
    expect(markdown).toContain('“It does not stop at Iran” — **John Hill**');
    expect(markdown).toMatch(/\*\(¶3\)\*/);
  });

  it('points to the sentence, not ¶1, in an article of one paragraph', () => {
    const body = 'The harbour board met on Monday. "We will close the old pier in May," the chair, Ann Lee, said. The ferry will run as before.';
    const one = renderMarkdown(briefOf(`Harbour board to close old pier\n\n${body}\n`, 'one.txt'));
    // A no-break space keeps the pointer on one line, on the PDF page and in a browser.
    expect(one).toMatch(/\*\(sentence\u00a02\)\*/);
    expect(one).not.toContain('¶');
    const two = renderMarkdown(briefOf(`Harbour board to close old pier\n\nThe harbour board met on Monday.\n\n${body}\n`, 'two.txt'));
    expect(two).toMatch(/\*\(¶2\)\*/);
  });

  it('prints a typewritten double hyphen between words as a dash, and leaves an option or a censored word alone', () => {
    expect(escapeMarkdown('The mill closed -- and the town with it.')).toBe('The mill closed — and the town with it.');
    expect(escapeMarkdown('a rough year--and worse')).toBe('a rough year—and worse');
    expect(escapeMarkdown('run it with --verbose, he said, a f---ing mess ----')).toBe('run it with --verbose, he said, a f---ing mess ----');
  });

  it("drops the marker of an article's own list item from the start of a line, not a minus sign or a dash inside", () => {
    expect(escapeMarkdown('-Ferry fares rose by a third in May.')).toBe('Ferry fares rose by a third in May.');
    expect(escapeMarkdown('— Anna Berg of the Harbour Post, for her reporting on the pier.')).toBe(
      'Anna Berg of the Harbour Post, for her reporting on the pier.',
    );
    expect(escapeMarkdown('-5 degrees at dawn — a record')).toBe('-5 degrees at dawn — a record');
  });

  it('is not HTML-escaped', () => {
    expect(markdown).not.toMatch(/&#x27;|&quot;|&amp;/);
    expect(markdown).toContain("we've seen");
  });

  it('shows article text that looks like Markdown literally, never as formatting or links', () => {
    const tricky = '# Not a heading *not em* _not em_ [a link](http://evil.example) <b>tag</b> & more';
    const html = marked.parse(`- ${escapeMarkdown(tricky)}`, { async: false });
    expect(html).not.toMatch(/<em>|<a |<b>|<h1>/);
    expect(html).toContain('# Not a heading *not em* _not em_ [a link](http://evil.example) &lt;b&gt;tag&lt;/b&gt; &amp; more');
    expect(marked.parse(escapeMarkdown('see www.example.com or mail a@b.com'), { async: false })).not.toMatch(/<a /);
    expect(marked.parse(escapeMarkdown('1. not a list'), { async: false })).not.toMatch(/<ol>/);
  });

  it('says when the page left items out, and how many', () => {
    const limited = renderMarkdown(seed, undefined, { quotes: 2 });
    // The Markdown brief never points to itself: alone it gives the count, beside the JSON it points there.
    expect(limited).toMatch(/\+4 more quotes\*/);
    expect(limited).not.toMatch(/Markdown brief/);
    expect(renderMarkdown(seed, undefined, { quotes: 2 }, { self: 'md', written: ['md', 'json', 'pdf'] })).toMatch(/\+4 more quotes in the JSON\*/);
    expect(renderMarkdown(seed, undefined, { quotes: 2 }, { self: 'pdf', written: ['pdf', 'md'] })).toMatch(/\+4 more quotes in the Markdown brief\*/);
    expect(markdown).not.toMatch(/more quotes? in the Markdown brief/);
  });

  it('is deterministic', () => {
    expect(renderMarkdown(seed)).toBe(markdown);
  });
});
