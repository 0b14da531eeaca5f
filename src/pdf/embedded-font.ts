// pdfkit's embedded font as it encodes the text a page draws, doing the same with less garbage: its encode made three
// strings per glyph drawn and its layout copied a line's glyphs once per word (a quarter of a batch's allocation).
import { eachPart } from './font-reuse.js';

/** A glyph as pdfkit's EmbeddedFont reads one from a layout. */
interface LaidGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** A layout as pdfkit's EmbeddedFont gives one: glyphs and positions are null when only the width was asked for. */
interface Laid {
  glyphs: LaidGlyph[] | null;
  positions: unknown[] | null;
  advanceWidth: number;
}

/** The part of pdfkit's EmbeddedFont (one per document and font) that encodes text. */
export interface EncodingFont {
  scale: number;
  widths: Array<number | undefined>;
  unicode: Array<number[] | undefined>;
  subset: { includeGlyph: (id: number) => number };
  layoutRun: (text: string, features?: unknown) => Laid;
  layoutCached: (text: string) => { glyphs: LaidGlyph[]; positions: unknown[]; advanceWidth: number };
  layout: (text: string, features?: unknown, onlyWidth?: boolean) => Laid;
  encode: (text: string, features?: unknown) => [string[], unknown[]];
}

/** A glyph id of a subset as pdfkit writes it in a text string: four hex digits, made once per id. */
const hexIds: string[] = [];
function hexOf(gid: number): string {
  let hex = hexIds[gid];
  if (hex === undefined) {
    hex = `0000${gid.toString(16)}`.slice(-4);
    hexIds[gid] = hex;
  }
  return hex;
}

/** pdfkit's EmbeddedFont.layout: each part of the text (eachPart, as measuring cuts it) laid out (cached) and appended in order. */
function layout(this: EncodingFont, text: string, features?: unknown, onlyWidth?: boolean): Laid {
  if (features) return this.layoutRun(text, features);
  const glyphs: LaidGlyph[] | null = onlyWidth ? null : [];
  const positions: unknown[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  eachPart(text, (part) => {
    const run = this.layoutCached(part);
    if (glyphs !== null && positions !== null) {
      for (const glyph of run.glyphs) glyphs.push(glyph);
      for (const position of run.positions) positions.push(position);
    }
    advanceWidth += run.advanceWidth;
  });
  return { glyphs, positions, advanceWidth };
}

/** pdfkit's EmbeddedFont.encode: each glyph's subset id in hex, noting its width and characters the first time. */
function encode(this: EncodingFont, text: string, features?: unknown): [string[], unknown[]] {
  const { glyphs, positions } = this.layout(text, features);
  const res: string[] = [];
  for (const glyph of glyphs ?? []) {
    const gid = this.subset.includeGlyph(glyph.id);
    res.push(hexOf(gid));
    if (this.widths[gid] == null) this.widths[gid] = glyph.advanceWidth * this.scale;
    if (this.unicode[gid] == null) this.unicode[gid] = glyph.codePoints;
  }
  return [res, positions ?? []];
}

/** Gives a document's embedded font the leaner layout and encode; the same glyphs, positions, widths and bytes. */
export function encodeLeanly(font: EncodingFont): void {
  font.layout = layout;
  font.encode = encode;
}
