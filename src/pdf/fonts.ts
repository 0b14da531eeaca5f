// The embedded fonts: DejaVu from the dejavu-fonts-ttf npm package (curly quotes, dashes, Latin, Greek, Cyrillic, Hebrew),
// and Noto Sans fallbacks from @expo-google-fonts (Arabic, Korean, Chinese and Japanese), read only when a text needs them.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// fontkit is the one pdfkit depends on (the same version range, deduplicated by npm): pdfkit embeds the fonts parsed here.
import { create as createFont } from 'fontkit';
import type { FontFamily, FontStyle } from '../types.js';
import { reuseAcrossDocuments } from './font-reuse.js';
import { fontIdentity, readKerningTable } from './kerning-table.js';
import { type SubsettingFont, writeSubsetsDirectly } from './font-subset.js';
import { deferGlyphNames, type PostTableFont } from './post-table.js';

export type { FontFamily } from '../types.js';

const FILES: Readonly<Record<FontFamily, Record<FontStyle, string>>> = {
  sans: { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italic: 'DejaVuSans-Oblique.ttf', boldItalic: 'DejaVuSans-BoldOblique.ttf' },
  serif: { regular: 'DejaVuSerif.ttf', bold: 'DejaVuSerif-Bold.ttf', italic: 'DejaVuSerif-Italic.ttf', boldItalic: 'DejaVuSerif-BoldItalic.ttf' },
};

/** A fallback font: a script the main fonts lack (regular and bold weights; italics use the upright ones). */
export type FallbackName = 'sans' | 'arabic' | 'kr' | 'sc';

const requireHere = createRequire(import.meta.url);
/** Where an installed package lives (a package whose exports hide package.json is found from its main file). */
function packageDir(name: string): string {
  try {
    return dirname(requireHere.resolve(`${name}/package.json`));
  } catch {
    let dir = dirname(requireHere.resolve(name));
    while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
    return dir;
  }
}
const FALLBACK_FILES: Readonly<Record<Exclude<FallbackName, 'sans'>, { pkg: string; regular: string; bold: string }>> = {
  arabic: { pkg: '@embedpdf/fonts-arabic', regular: 'fonts/NotoNaskhArabic-Regular.ttf', bold: 'fonts/NotoNaskhArabic-Bold.ttf' },
  kr: { pkg: '@expo-google-fonts/noto-sans-kr', regular: '400Regular/NotoSansKR_400Regular.ttf', bold: '700Bold/NotoSansKR_700Bold.ttf' },
  sc: { pkg: '@expo-google-fonts/noto-sans-sc', regular: '400Regular/NotoSansSC_400Regular.ttf', bold: '700Bold/NotoSansSC_700Bold.ttf' },
};

const fontDir = join(packageDir('dejavu-fonts-ttf'), 'ttf');
const cache = new Map<string, Buffer>();

function readOnce(file: string): Buffer {
  let data = cache.get(file);
  if (!data) {
    data = readFileSync(file);
    cache.set(file, data);
  }
  return data;
}

/** The font files this process has read so far (fallbacks are read only when a text needs them). */
export function fontFilesRead(): string[] {
  return [...cache.keys()];
}

/** The path of a main font file. */
export const fontFile = (family: FontFamily, style: FontStyle): string => join(fontDir, FILES[family][style]);

/** The font file's bytes, read once per process. */
export function fontData(family: FontFamily, style: FontStyle): Buffer {
  return readOnce(fontFile(family, style));
}

/** A fallback font's bytes, read once per process and only when asked for. */
export function fallbackData(name: FallbackName, bold: boolean): Buffer {
  if (name === 'sans') return fontData('sans', bold ? 'bold' : 'regular');
  const files = FALLBACK_FILES[name];
  return readOnce(join(packageDir(files.pkg), bold ? files.bold : files.regular));
}

export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

/** A font as fontkit parses it; pdfkit embeds such an object as it is (anything with a `layout`). */
export interface ParsedFont {
  layout: (text: string) => unknown;
  hasGlyphForCodePoint: (codePoint: number) => boolean;
  ascent: number;
  unitsPerEm: number;
  head: { checkSumAdjustment: number };
  getGlyph: (id: number, codePoints?: number[]) => { _decode?: () => unknown; advanceWidth: number } | null;
  glyphForCodePoint: (codePoint: number) => { id: number; advanceWidth: number };
  /** fontkit's glyph cache: a glyph keeps the characters it was first laid out for (they become the ToUnicode map). */
  _glyphs: Record<number, unknown>;
}

const parsedFonts = new Map<string, ParsedFont>();

/**
 * A font parsed once per process (parsing is most of a brief's cost); `key` names it, `data` reads its file, and `file`
 * gives its path, where the tables that shape its words of Latin text are found (data/kerning/).
 */
export function parseOnce(key: string, data: () => Buffer, file?: () => string): ParsedFont {
  let font = parsedFonts.get(key);
  if (!font) {
    const bytes = data();
    const parsed = createFont(bytes) as ParsedFont;
    deferGlyphNames(parsed as PostTableFont, bytes);
    writeSubsetsDirectly(parsed as unknown as SubsettingFont, bytes);
    font = reuseAcrossDocuments(parsed, file === undefined ? null : readKerningTable(file(), fontIdentity(parsed, bytes)));
    parsedFonts.set(key, font);
  }
  return font;
}
