// The `post` header read from the font file must be what fontkit decodes, and glyph names must still come on demand.
import { describe, expect, it } from 'vitest';
import { loadFontkit } from '../scripts/lib/kerning-pairs.mjs';
import { fallbackData, fontData } from '../src/pdf/fonts.js';
import { deferGlyphNames, type PostTableFont } from '../src/pdf/post-table.js';
import { ROOT } from './helpers/seed.js';

type Font = PostTableFont & { post: Record<string, unknown>; italicAngle: number; getGlyph: (id: number) => { name: string | undefined } };
const fontkit = loadFontkit(ROOT) as { create: (data: Buffer) => Font };
const FIELDS = [
  'version',
  'italicAngle',
  'underlinePosition',
  'underlineThickness',
  'isFixedPitch',
  'minMemType42',
  'maxMemType42',
  'minMemType1',
  'maxMemType1',
];

const FONTS: [string, () => Buffer][] = [
  ['DejaVu Sans', () => fontData('sans', 'regular')],
  ['DejaVu Sans Oblique', () => fontData('sans', 'italic')],
  ['DejaVu Serif Bold Italic', () => fontData('serif', 'boldItalic')],
  ['Noto Naskh Arabic', () => fallbackData('arabic', false)],
];

describe('post table header', () => {
  it.each(FONTS)('%s: the header is fontkit’s own, and glyph names are decoded when asked for', (_name, data) => {
    const bytes = data();
    const own = fontkit.create(bytes);
    const deferred = fontkit.create(bytes);
    deferGlyphNames(deferred, bytes);
    for (const field of FIELDS) expect(deferred.post[field], field).toBe(own.post[field]);
    expect(deferred.italicAngle).toBe(own.italicAngle);
    for (const id of [0, 3, 40, 500]) expect(deferred.getGlyph(id).name).toBe(own.getGlyph(id).name);
  });
});
