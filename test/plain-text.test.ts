// The one-chunk drawing of plain fragments (src/pdf/plain-text.ts) must write exactly what pdfkit's own text() writes.
import { describe, expect, it } from 'vitest';
import { openPdf, type PlainTextDrawer } from '../src/pdf/pdf-document.js';
import { drawPlainText } from '../src/pdf/plain-text.js';
import type { LayoutOp, PageLayout } from '../src/types.js';

const page = { width: 595.28, height: 841.89, margin: { top: 40, right: 40, bottom: 40, left: 40 } };
const info = { title: 'Parity', author: 'brief tests', subject: 'plain text', creationDate: new Date(Date.UTC(2024, 4, 22)) };
const chrome = { header: 'BRIEF · Parity', footer: 'Source: test', footerRight: '', ruleColor: '#cccccc', links: [] };

function layoutOf(ops: LayoutOp[]): PageLayout {
  return { type: 'layout', ops, fontSize: 10, height: 400, available: 700, fits: true };
}

const text = (t: string, x: number, y: number, extra: Partial<Extract<LayoutOp, { type: 'text' }>> = {}): LayoutOp => ({
  type: 'text',
  x,
  y,
  text: t,
  font: 'regular',
  size: 10,
  color: '#222222',
  link: null,
  ...extra,
});

async function both(ops: LayoutOp[]): Promise<[Buffer, Buffer]> {
  const fast = await openPdf(page, 'sans', info).finish(layoutOf(ops), chrome);
  const pdfkitOwn = await openPdf(page, 'sans', info, () => false).finish(layoutOf(ops), chrome);
  return [fast, pdfkitOwn];
}

describe('plain fragments drawn in one chunk', () => {
  it('write the same bytes as pdfkit for kerned pairs, accents, curly quotes, dashes, trailing spaces and each style', async () => {
    const [fast, own] = await both([
      text('AV To Wa Yo — “quoted” words ', 40, 60),
      text('Déjà vu: naïve café, 12.5% of 1,000', 40, 80, { font: 'bold', size: 13.5, color: '#1f4e79' }),
      text('Italic words, then more ', 40, 100, { font: 'italic', size: 9 }),
      text('Bold italic ‘single’ marks', 40, 120, { font: 'boldItalic', size: 8.5, color: '#000000' }),
      text('a link beside them', 200, 120, { link: 'https://example.org/' }),
    ]);
    expect(fast.equals(own)).toBe(true);
  });

  it('really takes the short path for plain fragments (so the test above compares two ways of drawing)', async () => {
    const answers: boolean[] = [];
    const recording: PlainTextDrawer = (...args) => {
      const drawn = drawPlainText(...args);
      answers.push(drawn);
      return drawn;
    };
    await openPdf(page, 'sans', info, recording).finish(layoutOf([text('One fragment', 40, 60), text('Another, in bold', 40, 80, { font: 'bold' })]), chrome);
    expect(answers).toEqual([true, true]);
  });
});
