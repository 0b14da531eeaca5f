import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { buildBrief } from '../src/build-brief.js';
import { readArticle } from '../src/read/read-article.js';
import { creationDateFor, renderPdf } from '../src/index.js';
import { loadTemplate } from '../src/markdown/template.js';
import { type Fitted, firstFittingTrim, fitPage } from '../src/pdf/fit-page.js';
import { layoutMarkdown } from '../src/pdf/layout-markdown.js';
import { openPdf } from '../src/pdf/pdf-document.js';
import { pageBox } from '../src/pdf/render-pdf.js';
import { flat, readPdf } from './helpers/pdf-text.js';
import { SEED_FILE, SEED_TEXT } from './helpers/seed.js';

function briefOf(text: string, source = 'test.txt') {
  const article = readArticle(text, { source });
  return buildBrief(article, analyzeArticle(article));
}

const seed = briefOf(SEED_TEXT, SEED_FILE);

describe('renderPdf on the seed', async () => {
  const { pdf, fit } = await renderPdf(seed);
  const back = await readPdf(pdf);
  const text = flat(back.text);

  it('is exactly one page', () => {
    expect(back.pages).toBe(1);
    expect(fit.layout.fits).toBe(true);
  });

  it('shows the headline, the four section headings and the first quote', () => {
    expect(text).toContain('Russia likely offering N. Korea technology aid');
    for (const heading of ['Summary', 'Key quotes', 'Stated concerns', 'What remains unconfirmed']) expect(text).toContain(heading);
    expect(text).toContain(`“${seed.quotes[0]!.text.slice(0, 40)}`);
    expect(text).toContain('John Hill');
  });

  it('has a header with outlet and date and a footer with the source', () => {
    expect(text).toContain('The Korea Herald');
    expect(text).toContain('BRIEF · The Korea Herald · 22 May 2024');
    expect(text).toContain(`Source: ${basename(SEED_FILE)}`);
  });

  it('carries title, author and subject metadata', () => {
    expect(back.info.Title).toBe(seed.meta.headline);
    expect(back.info.Author).toContain('The Korea Herald');
    expect(String(back.info.Subject)).toContain('brief');
  });

  it('leaves the author out when the article names no outlet and no byline, rather than a placeholder', async () => {
    const plain = briefOf('Bridge to reopen Monday\n\nThe bridge will reopen on Monday after repairs, the mayor said on Friday.\n');
    expect(plain.meta.outlet).toBeNull();
    const info = (await readPdf((await renderPdf(plain)).pdf)).info;
    expect(info.Title).toBe('Bridge to reopen Monday');
    expect(info.Author).toBeUndefined();
  });

  it('is byte-identical when rendered again, dated from the article not the clock', async () => {
    const again = await renderPdf(seed);
    expect(again.pdf.equals(pdf)).toBe(true);
    expect(creationDateFor(seed, {}).toISOString()).toBe('2024-05-22T00:00:00.000Z');
    expect(creationDateFor(seed, { SOURCE_DATE_EPOCH: '0' }).toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('fitting one page', () => {
  it('renders curly quotes, dashes, accents and Cyrillic with the embedded font', async () => {
    const brief = briefOf('Café talks in Москва\n\n“Переговоры — это шаг вперёд for Zoë and José,” said Ivan Petrov, the Russian négociateur, on Monday.\n');
    const back = await readPdf((await renderPdf(brief)).pdf);
    const text = flat(back.text);
    expect(text).toContain('Café talks in Москва');
    expect(text).toContain('“Переговоры — это шаг вперёд for Zoë and José”');
  });

  it('keeps the base type size when the brief is short', async () => {
    const { fit } = await renderPdf(briefOf('Short\n\n"We will win this game tomorrow," coach Ann Lee said on Friday.\n'));
    expect(fit.layout.fontSize).toBe(10.5);
    expect(Object.values(fit.omitted).every((n) => n === 0)).toBe(true);
  });

  it('shrinks the type, then leaves out the lowest-ranked items and says so on the page', async () => {
    const paragraphs = Array.from(
      { length: 60 },
      (_, i) =>
        `"Point number ${i + 1} of the plan is that the city must act on housing, transport and schools before the winter," councillor Maya Singh said.`,
    );
    const { pdf, fit } = await renderPdf(briefOf(`Council debates the plan\n\n${paragraphs.join('\n\n')}\n`), { written: ['pdf', 'md'] });
    const back = await readPdf(pdf);
    expect(back.pages).toBe(1);
    expect(fit.layout.fits).toBe(true);
    expect(fit.layout.fontSize).toBe(8);
    expect(fit.omitted.quotes).toBeGreaterThan(0);
    expect(flat(back.text)).toContain(`+${fit.omitted.quotes} more quotes in the Markdown brief`);
    // A PDF written alone points nowhere: it gives the count only.
    const alone = flat((await readPdf((await renderPdf(briefOf(`Council debates the plan\n\n${paragraphs.join('\n\n')}\n`))).pdf)).text);
    expect(alone).toContain(`+${fit.omitted.quotes} more quotes`);
    expect(alone).not.toMatch(/Markdown brief|in the JSON/);
  });
});

describe('the type size the page fitter takes', () => {
  const template = loadTemplate('default');
  const page = pageBox('A4');
  const { measure } = openPdf(page, 'sans', { title: 't', author: 'a', subject: 's', creationDate: new Date(0) });
  const theme = { accent: template.settings.accentColor, rule: template.settings.ruleColor };

  it('is the one a descent by half points finds: the first that fits from the top', () => {
    const sizes = new Set<number>();
    for (const n of [4, 8, 11, 14, 17, 20, 23, 26]) {
      const paragraphs = Array.from(
        { length: n },
        (_, i) => `"Point number ${i + 1} of the plan is that the city must act on housing and transport before winter," councillor Maya Singh said.`,
      );
      const brief = briefOf(`Council debates the plan\n\n${paragraphs.join('\n\n')}\n`);
      const fit = fitPage(brief, { page, fontSize: 10.5, minFontSize: 8, template }, measure);
      if (Object.values(fit.omitted).some((k) => k > 0)) continue;
      let descent = 10.5;
      while (!layoutMarkdown(fit.markdown, { page, fontSize: descent, theme }, measure).fits) descent -= 0.5;
      expect(fit.layout.fontSize, `${n} quotes`).toBe(descent);
      sizes.add(descent);
    }
    expect(sizes.size).toBeGreaterThan(2);
  });

  it('leaves out the fewest items, as trimming one at a time would, in a few layouts', () => {
    const start = { summary: 3, quotes: 12, concerns: 9, unconfirmed: 5 };
    const floor = { summary: 2, quotes: 3, concerns: 2, unconfirmed: 1 };
    const total = (l: typeof start) => l.summary + l.quotes + l.concerns + l.unconfirmed;
    for (const room of [28, 25, 17, 8, 5]) {
      const tried: number[] = [];
      // A page with room for `room` items: each item fewer makes it easier to fit, as on a real page.
      const attempt = (l: typeof start) => {
        tried.push(total(l));
        return { fit: { layout: { fits: total(l) <= room } }, tokens: [] } as unknown as Fitted;
      };
      const found = firstFittingTrim(start, floor, attempt) ?? expect.unreachable('there are items to trim');
      // One item at a time, the walk stops at the first state with `room` items, or at the floor when none fits.
      expect(total(found.limits), `room ${room}`).toBe(Math.max(room, total(floor)));
      expect(found.result.fit.layout.fits).toBe(room >= total(floor));
      expect(Object.entries(found.limits).every(([k, v]) => v >= floor[k as keyof typeof floor])).toBe(true);
      expect(tried.length, `room ${room}`).toBeLessThanOrEqual(6);
    }
    // At the floor already, nothing is trimmed and nothing laid out.
    expect(firstFittingTrim(floor, floor, () => expect.unreachable('no layout at the floor'))).toBeNull();
  });
});

describe('reading PDFs back in the tests', () => {
  it("leaves the engine's own built-ins to the code under test, and pdfjs still reads", async () => {
    // core-js makes its replacements print as "[native code]"; unlike the engine's own methods, they are functions with a prototype.
    expect(Object.hasOwn(Array.prototype.push, 'prototype')).toBe(false);
    expect(Object.hasOwn(JSON.parse, 'prototype')).toBe(false);
    expect((await readPdf((await renderPdf(seed)).pdf)).pages).toBe(1);
  });
});
