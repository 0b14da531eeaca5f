import { describe, expect, it } from 'vitest';
import { layoutMarkdown } from '../src/pdf/layout-markdown.js';
import { openPdf } from '../src/pdf/pdf-document.js';
import { pageBox } from '../src/pdf/render-pdf.js';
import type { TextOp } from '../src/types.js';

const page = pageBox('A4');
const { measure } = openPdf(page, 'sans', { title: 't', author: 'a', subject: 's', creationDate: new Date(0) });
const layout = (md: string, fontSize = 10) => layoutMarkdown(md, { page, fontSize }, measure);
const texts = (md: string) => layout(md).ops.filter((o): o is TextOp => o.type === 'text');

describe('layoutMarkdown', () => {
  it('draws headings, emphasis and links with their own fonts', () => {
    const ops = texts('# Title\n\nPlain **bold** *italic* [link](http://example.org) end.');
    expect(ops.find((o) => o.text === 'Title')).toMatchObject({ font: 'bold', size: 16.5 });
    expect(ops.find((o) => o.text.startsWith('bold'))?.font).toBe('bold');
    expect(ops.find((o) => o.text.startsWith('italic'))?.font).toBe('italic');
    expect(ops.find((o) => o.text.startsWith('link'))?.link).toBe('http://example.org');
  });

  it('numbers ordered lists, bullets unordered ones, and indents their text', () => {
    const ops = texts('1. one\n2. two\n\n- three');
    expect(ops.map((o) => o.text)).toEqual(['1.', 'one', '2.', 'two', '•', 'three']);
    expect(ops[1]!.x).toBeGreaterThan(ops[0]!.x);
  });

  it('gives block quotes a bar and thematic breaks a rule', () => {
    const ops = layout('> quoted words\n\n---\n\nafter').ops;
    expect(ops.some((o) => o.type === 'bar')).toBe(true);
    expect(ops.some((o) => o.type === 'rule')).toBe(true);
  });

  it('wraps long paragraphs inside the column', () => {
    const ops = texts('word '.repeat(400));
    const right = page.width - page.margin.right;
    for (const op of ops) expect(op.x + measure(op.text.trimEnd(), op.font, op.size)).toBeLessThanOrEqual(right + 0.01);
    expect(new Set(ops.map((o) => o.y)).size).toBeGreaterThan(10);
  });

  it('never breaks a line inside a word that changes style ("**Kovalenko**,")', () => {
    // Push the bold name to the end of a line, in every position, and check the comma never starts one.
    for (let n = 60; n < 110; n++) {
      const ops = texts(`${'x'.repeat(n)} ${'word '.repeat(12)}**Kovalenko**, official at the council`);
      const lineStarts = new Map<number, TextOp>();
      for (const op of ops) if (!lineStarts.has(op.y) || op.x < lineStarts.get(op.y)!.x) lineStarts.set(op.y, op);
      for (const first of lineStarts.values()) expect(first.text.startsWith(','), `n=${n}`).toBe(false);
    }
  });

  it('never breaks a line at a no-break space ("sentence\u00a012" stays on one line)', () => {
    // Push the pointer to the end of a line, in every position, and check its number never starts the next one.
    for (let n = 60; n < 110; n++) {
      const ops = texts(`${'x'.repeat(n)} ${'word '.repeat(12)}pier. *(sentence\u00a012)*`);
      const lines = new Map<number, string>();
      for (const op of ops) lines.set(op.y, (lines.get(op.y) ?? '') + op.text);
      for (const line of lines.values()) expect(line.startsWith('12)'), `n=${n}`).toBe(false);
    }
  });

  it('reports whether the content fits the page', () => {
    expect(layout('short').fits).toBe(true);
    const long = layout('A sentence that takes room on the page. '.repeat(900));
    expect(long.fits).toBe(false);
    expect(long.height).toBeGreaterThan(long.available);
  });

  it('names a Markdown block it cannot draw instead of dropping it', () => {
    expect(() => layout('| a | b |\n| - | - |\n| 1 | 2 |')).toThrow(/the template makes a Markdown table, which the PDF cannot draw/);
  });
});
