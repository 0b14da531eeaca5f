// The font subset each PDF embeds is written directly (src/pdf/font-subset.ts): it must be the bytes fontkit's own subset
// writes, for every face, for the fallback fonts, and for compound glyphs whose components join the subset.
import { describe, expect, it } from 'vitest';
import { loadFontkit } from '../scripts/lib/kerning-pairs.mjs';
import { canWriteSubset, type SubsettingFont, writeSubset } from '../src/pdf/font-subset.js';
import { type FallbackName, fallbackData, fontData } from '../src/pdf/fonts.js';
import type { FontFamily, FontStyle } from '../src/types.js';
import { ROOT } from './helpers/seed.js';

type Font = SubsettingFont & {
  glyphForCodePoint: (code: number) => { id: number };
  numGlyphs: number;
};
const fontkit = loadFontkit(ROOT) as { create: (data: Buffer) => Font };

/** Glyph ids a page might use: the text's characters, a spread of ids across the font, and the last glyph. */
function glyphsFor(font: Font, text: string): number[] {
  const ids = [...text].map((c) => font.glyphForCodePoint(c.codePointAt(0) as number).id);
  for (let id = 1; id < font.numGlyphs; id += Math.max(1, Math.floor(font.numGlyphs / 150))) ids.push(id);
  return [...ids, font.numGlyphs - 1];
}

const TEXT = 'The quick brown fox — “fiﬂ office” 2024 naïve Ωμέγα Привет é ǻ ẫ';
const FACES: [string, () => Buffer][] = [
  ...(['sans', 'serif'] as FontFamily[]).flatMap((family) =>
    (['regular', 'bold', 'italic', 'boldItalic'] as FontStyle[]).map((style): [string, () => Buffer] => [`${family} ${style}`, () => fontData(family, style)]),
  ),
  ...(['arabic', 'kr', 'sc'] as FallbackName[]).map((name): [string, () => Buffer] => [`fallback ${name}`, () => fallbackData(name, false)]),
];

describe('font subsets written directly', () => {
  it.each(FACES)("%s: the same bytes as fontkit's subset", (_name, read) => {
    const data = read();
    // One font object for each writer: each decodes its own glyphs, as a document's font would.
    const own = fontkit.create(data);
    const direct = fontkit.create(data);
    expect(canWriteSubset(direct)).toBe(true);
    const ids = glyphsFor(own, TEXT);
    const theirs = own.createSubset();
    const ours = direct.createSubset();
    for (const id of ids) {
      theirs.includeGlyph(id);
      ours.includeGlyph(id);
    }
    const expected = Buffer.from(theirs.encode());
    const written = Buffer.from(writeSubset(direct, ours, data));
    expect(written.length).toBe(expected.length);
    expect(written.equals(expected)).toBe(true);
    // Compound glyphs pulled their components in, in the same order.
    expect(ours.glyphs).toEqual(theirs.glyphs);
    if (_name.startsWith('sans') || _name.startsWith('serif')) expect(ours.glyphs.length).toBeGreaterThan(new Set([0, ...ids]).size);
  });
});
