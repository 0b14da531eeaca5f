// Words of Latin text are shaped from data/kerning/ instead of fontkit's layout: the glyphs, advances and ligatures must
// be fontkit's own, for corpus words and made-up strings, in every face; the tables must match the installed fonts.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kerningPairs, loadFontkit } from '../scripts/lib/kerning-pairs.mjs';
import { fontData, fontFile } from '../src/pdf/fonts.js';
import { fontIdentity, type KerningTable, readKerningTable, shapeByPairs } from '../src/pdf/kerning-table.js';
import type { FontFamily, FontStyle } from '../src/types.js';
import { ROOT } from './helpers/seed.js';

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface Font {
  layout: (text: string) => { glyphs: Glyph[]; positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[] };
  glyphForCodePoint: (code: number) => Glyph;
  getGlyph: (id: number) => Glyph;
  head: { checkSumAdjustment: number };
  _glyphs: Record<number, Glyph>;
}

const fontkit = loadFontkit(ROOT) as { create: (data: Buffer) => Font };
const FACES: [FontFamily, FontStyle][] = (['sans', 'serif'] as const).flatMap((family) =>
  (['regular', 'bold', 'italic', 'boldItalic'] as const).map((style): [FontFamily, FontStyle] => [family, style]),
);
const REGENERATE = 'node scripts/kerning-tables.mjs';

/** A face's file as fontkit parses it, with the identity its table must name. */
function face(family: FontFamily, style: FontStyle): { font: Font; identity: ReturnType<typeof fontIdentity> } {
  const data = fontData(family, style);
  const font = fontkit.create(data);
  return { font, identity: fontIdentity(font, data) };
}

/**
 * The words of every 60th corpus article, alone and with the trailing space pdfkit measures them with; on a machine without the
 * shared corpus, the example articles in input/ stand in for it.
 */
function corpusWords(): string[] {
  const corpus = join(ROOT, '..', 'shared', 'corpus', 'wikinews', 'articles');
  const dir = existsSync(corpus) ? corpus : join(ROOT, 'input');
  const words = new Set<string>();
  readdirSync(dir)
    .sort()
    .filter((_, i) => i % 60 === 0 || dir !== corpus)
    .forEach((file) => {
      for (const word of readFileSync(join(dir, file), 'utf8').split(/\s+/)) if (word) words.add(word).add(`${word} `);
    });
  return [...words];
}

/** Strings of 2 to 12 characters drawn from `chars` by a seeded generator. */
function madeUpWords(chars: string[], count: number): string[] {
  let seed = 20261129;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  return Array.from({ length: count }, () => Array.from({ length: 2 + next(11) }, () => chars[next(chars.length)]).join(''));
}

/** What fontkit's own layout gives, in the pair shape's terms (with a fresh glyph cache, so glyphs carry this text's characters). */
function layoutShape(font: Font, text: string): { ids: string; advances: number[]; codePoints: number[][] | null } | null {
  font._glyphs = {};
  const run = font.layout(text);
  if (run.positions.some((p) => p.yAdvance || p.xOffset || p.yOffset)) return null;
  const joined = run.glyphs.length !== text.length;
  return {
    ids: run.glyphs.map((g) => String.fromCharCode(g.id)).join(''),
    advances: run.positions.map((p) => p.xAdvance),
    codePoints: joined ? run.glyphs.map((g) => g.codePoints) : null,
  };
}

describe('pair tables', () => {
  it.each(FACES)('%s %s: a table for this very font file', (family, style) => {
    const table = readKerningTable(fontFile(family, style), face(family, style).identity);
    expect(table, `data/kerning/ does not match the installed ${basename(fontFile(family, style))}: run ${REGENERATE}`).not.toBeNull();
  });

  it('is what the generator reads off fontkit today (DejaVu Sans)', () => {
    const data = fontData('sans', 'regular');
    const stored = JSON.parse(readFileSync(join(ROOT, 'data', 'kerning', 'DejaVuSans.json'), 'utf8')) as { source: string };
    expect(kerningPairs(fontkit, data, stored.source), `run ${REGENERATE}`).toEqual(stored);
  });

  it("is not used for another font's file", () => {
    expect(readKerningTable(fontFile('sans', 'regular'), face('sans', 'bold').identity)).toBeNull();
    expect(readKerningTable(fontFile('sans', 'regular'), face('sans', 'regular').identity, join(ROOT, 'test'))).toBeNull();
  });

  it('shapes ligatures, digits and punctuation, and leaves other scripts and controls to fontkit', () => {
    const { font, identity } = face('sans', 'regular');
    const table = readKerningTable(fontFile('sans', 'regular'), identity) as KerningTable;
    for (const text of ['Привет', 'café Ω', 'tab\there', 'e\u0301']) expect(shapeByPairs(table, text, font), text).toBeNull();
    for (const text of ['AVATAR', 'naïve', '“Yes,”', 'U.S. ', '£5m', '2024', '(¶12)', ' ']) expect(shapeByPairs(table, text, font), text).not.toBeNull();
    // "office" is o, the ffi ligature, c, e: four glyphs, the second carrying three characters.
    expect(shapeByPairs(table, 'office', font)?.codePoints).toEqual([[111], [102, 102, 105], [99], [101]]);
  });

  it.each(FACES)('%s %s: a space after a word changes nothing of its shape', (family, style) => {
    expect(readKerningTable(fontFile(family, style), face(family, style).identity)?.spaceAppends).toBe(true);
  });

  it('says so no more once a kern, join or ligature takes a space in', () => {
    const file = fontFile('sans', 'regular');
    const stored = JSON.parse(readFileSync(join(ROOT, 'data', 'kerning', 'DejaVuSans.json'), 'utf8')) as Record<string, Record<string, number> | string[]>;
    const changed = [
      { ...stored, kern: { ...stored.kern, 'T\t ': -40 } },
      { ...stored, joins: [...(stored.joins as string[]), 'f\t '] },
      { ...stored, ligatures: { ...stored.ligatures, 'o ': 81 } },
    ];
    for (const table of changed) {
      const dir = mkdtempSync(join(tmpdir(), 'kerning-'));
      writeFileSync(join(dir, 'DejaVuSans.json'), JSON.stringify(table));
      expect(readKerningTable(file, face('sans', 'regular').identity, dir)?.spaceAppends).toBe(false);
    }
  });

  const words = corpusWords();
  it.each(FACES)("%s %s: shapes corpus words and made-up strings as fontkit's layout does", (family, style) => {
    const { font, identity } = face(family, style);
    const table = readKerningTable(fontFile(family, style), identity) as KerningTable;
    let shaped = 0;
    let kerned = 0;
    const own = [...table.chars].map((c) => String.fromCharCode(c));
    // Runs of f, i and l next to letters that kern, for ligatures beside ligatures and kerning around them.
    const texts = [...words, ...madeUpWords(own, 500), ...madeUpWords([...'fffilAVTo.’'], 200)];
    for (const text of texts) {
      const paired = shapeByPairs(table, text, font);
      if (!paired) continue;
      shaped++;
      if (paired.kerned) kerned++;
      expect({ ids: paired.ids, advances: paired.advances, codePoints: paired.codePoints }, JSON.stringify(text)).toEqual(layoutShape(font, text));
    }
    // Most words are plain Latin, and kerning is exercised, not skipped.
    expect(shaped).toBeGreaterThan(texts.length * 0.8);
    expect(kerned).toBeGreaterThan(shaped * 0.03);
  });
});
