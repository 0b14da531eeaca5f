// The embedded fonts: DejaVu from the dejavu-fonts-ttf npm package (curly quotes, dashes, Latin, Cyrillic).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontFamily, FontStyle } from '../types.js';

export type { FontFamily } from '../types.js';

const FILES: Readonly<Record<FontFamily, Record<FontStyle, string>>> = {
  sans: { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italic: 'DejaVuSans-Oblique.ttf', boldItalic: 'DejaVuSans-BoldOblique.ttf' },
  serif: { regular: 'DejaVuSerif.ttf', bold: 'DejaVuSerif-Bold.ttf', italic: 'DejaVuSerif-Italic.ttf', boldItalic: 'DejaVuSerif-BoldItalic.ttf' },
};

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const cache = new Map<string, Buffer>();

/** The font file's bytes, read once per process. */
export function fontData(family: FontFamily, style: FontStyle): Buffer {
  const file = join(fontDir, FILES[family][style]);
  let data = cache.get(file);
  if (!data) {
    data = readFileSync(file);
    cache.set(file, data);
  }
  return data;
}

export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];
