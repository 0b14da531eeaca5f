// Fonts are reused across documents (words shaped once per process): widths must be pdfkit's own to the last bit, and a
// PDF must not depend on what the process drew before it.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { briefText } from '../src/brief-article.js';
import { drawnRunOf, widthOf } from '../src/pdf/font-reuse.js';
import { fontData } from '../src/pdf/fonts.js';
import { fontFor } from '../src/pdf/font-runs.js';
import { loadTemplate } from '../src/markdown/template.js';
import type { FontStyle } from '../src/types.js';
import { ROOT, SEED_FILE, SEED_TEXT } from './helpers/seed.js';

const TEXTS = [
  'Kovalenko,',
  'The quick brown fox jumps over the lazy dog.',
  '“Quoted” — words with dashes – and\ttabs ',
  'Ünïcödé façade, naïve coöperation, Œuvre, ﬁne',
  'e\u0301 combining, Ꭰ, ΑΒΓ, Привет, שלום',
  '  two  spaces  ',
  '',
];

describe('a word drawn with its space after it was measured bare', () => {
  // Words of sentences made up here: kerned pairs (AV, Ta, yo), a ligature (fi), digits and punctuation, each measured bare first.
  const WORDS = ['AVAST', 'Tallyho,', 'official', 'you’re', '2031:', 'Wavy', '(Fjord)', 'Lyf'];
  for (const family of ['sans', 'serif'] as const) {
    for (const style of ['regular', 'bold', 'italic', 'boldItalic'] as FontStyle[]) {
      it(`has pdfkit's own glyphs, positions and width in ${family} ${style}`, () => {
        const doc = new PDFDocument({ autoFirstPage: false });
        doc.registerFont('own', fontData(family, style));
        const own = (doc.font('own') as unknown as { _font: { scale: number; layoutRun: (text: string) => unknown } })._font;
        const font = fontFor(style, family);
        for (const word of WORDS) {
          widthOf(font, word, 10);
          const spaced = `${word} `;
          const drawn = drawnRunOf(font, spaced, own.scale);
          const theirs = own.layoutRun(spaced) as { glyphs: { id: number; advanceWidth: number }[]; positions: object[]; advanceWidth: number };
          expect(
            drawn?.glyphs.map((g) => [g.id, g.advanceWidth]),
            spaced,
          ).toEqual(theirs.glyphs.map((g) => [g.id, g.advanceWidth]));
          expect(
            drawn?.positions.map((p) => ({ ...p })),
            spaced,
          ).toEqual(theirs.positions.map((p) => ({ ...p })));
          expect(drawn?.advanceWidth, spaced).toBe(theirs.advanceWidth);
          expect(widthOf(font, spaced, 9.5), spaced).toBe(doc.fontSize(9.5).widthOfString(spaced));
        }
      });
    }
  }
});

describe('widths measured without a document', () => {
  for (const family of ['sans', 'serif'] as const) {
    for (const style of ['regular', 'bold', 'italic'] as FontStyle[]) {
      it(`equal pdfkit's own widthOfString for ${family} ${style}`, () => {
        const doc = new PDFDocument({ autoFirstPage: false });
        // pdfkit parses its own copy of the font: nothing of ours is shared with it.
        doc.registerFont('own', fontData(family, style));
        for (const text of TEXTS) {
          for (const size of [8, 9.5, 10.5, 13]) {
            expect(widthOf(fontFor(style, family), text, size)).toBe(doc.font('own').fontSize(size).widthOfString(text));
          }
        }
      });
    }
  }
});

describe('a PDF drawn after others', () => {
  it('is byte-identical to the same PDF drawn by a fresh process', async () => {
    const template = loadTemplate('default');
    const corpus = join(ROOT, '..', 'shared', 'corpus', 'wikinews', 'articles');
    const others = readdirSync(join(ROOT, 'test', 'fixtures'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(ROOT, 'test', 'fixtures', f));
    // A page in Arabic presentation forms first: the same glyphs as shaped Arabic, reached from other characters.
    await briefText('Gulf Times\n\nA headline\n\nThe sign read \ufe91\ufe92\ufe8d \ufefb in old type, officials said on Monday.', {
      source: 'forms.txt',
      formats: ['pdf'],
      template,
    });
    const some = (() => {
      try {
        return readdirSync(corpus)
          .filter((f) => f.endsWith('.txt'))
          .slice(0, 3)
          .map((f) => join(corpus, f));
      } catch {
        return [];
      }
    })();
    for (const file of [...others, ...some]) await briefText(readFileSync(file, 'utf8'), { source: file, formats: ['pdf'], template });
    const cli = join(ROOT, 'dist', 'src', 'cli.js');
    // Arabic is shaped with substitutions, whose glyphs take their characters from the text they were first shaped in.
    for (const target of [SEED_FILE, join('test', 'fixtures', 'scripts', 'arabic.txt')]) {
      const text = target === SEED_FILE ? SEED_TEXT : readFileSync(join(ROOT, target), 'utf8');
      const here = (await briefText(text, { source: target, formats: ['pdf'], template })).pdf as Buffer;
      const fresh = spawnSync(process.execPath, [cli, target, '--format', 'pdf', '--output', '-'], { cwd: ROOT, maxBuffer: 1 << 24 });
      expect(fresh.status).toBe(0);
      expect(Buffer.compare(fresh.stdout, here)).toBe(0);
    }
  });
});
