// pdfkit's embedded font as it encodes the text a page draws, doing the same with less garbage: its encode made three
// strings per glyph drawn and its layout copied a line's glyphs once per word (a quarter of a batch's allocation).
import { type DrawnGlyph, type DrawnRun, drawnRunOf, eachPart, type ShapingFont } from './font-reuse.js';

/** A glyph as pdfkit's EmbeddedFont reads one from a layout. */
interface LaidGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** A layout as pdfkit's EmbeddedFont gives one: glyphs and positions are null when only the width was asked for. */
interface Laid {
  glyphs: Array<LaidGlyph | DrawnGlyph> | null;
  positions: unknown[] | null;
  advanceWidth: number;
}

/** A run as pdfkit's layoutRun gives one: fontkit's glyphs and their positions, scaled. */
interface LaidRun {
  glyphs: LaidGlyph[];
  positions: unknown[];
  advanceWidth: number;
}

/** The part of pdfkit's EmbeddedFont (one per document and font) that encodes text. */
export interface EncodingFont {
  font: ShapingFont;
  layoutCache?: Record<string, LaidRun | DrawnRun>;
  scale: number;
  widths: Array<number | undefined>;
  unicode: Array<number[] | undefined>;
  subset: { includeGlyph: (id: number) => number };
  layoutRun: (text: string, features?: unknown) => LaidRun;
  layoutCached: (text: string) => LaidRun | DrawnRun;
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
  const glyphs: Array<LaidGlyph | DrawnGlyph> | null = onlyWidth ? null : [];
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

/**
 * The characters each glyph of a document's font was first laid out for, while its text is drawn from runs shared
 * across documents (drawnRunOf) rather than from glyph objects of the document's own glyph cache. A glyph that cache
 * holds already (glyph 0, made when pdfkit opens the font) keeps its own, as fontkit's getGlyph would have it.
 */
const firstCharacters = new WeakMap<EncodingFont, Map<number, readonly number[]>>();

/** pdfkit's EmbeddedFont.layoutCached over a run shared across documents, noting the characters of each glyph new to the document. */
function layoutCached(this: EncodingFont, text: string): LaidRun | DrawnRun {
  const cache = this.layoutCache;
  const known = cache?.[text];
  if (known) return known;
  const run = drawnRunOf(this.font, text, this.scale) ?? this.layoutRun(text);
  if (cache) cache[text] = run;
  if (!('characters' in run)) return run;
  const first = firstCharacters.get(this) as Map<number, readonly number[]>;
  const own = this.font._glyphs;
  run.glyphs.forEach((glyph, i) => {
    if (!first.has(glyph.id) && own[glyph.id] === undefined) first.set(glyph.id, run.characters[i] as number[]);
  });
  return run;
}

/** pdfkit's EmbeddedFont.encode: each glyph's subset id in hex, noting its width and characters the first time. */
function encode(this: EncodingFont, text: string, features?: unknown): [string[], unknown[]] {
  const { glyphs, positions } = this.layout(text, features);
  const res: string[] = [];
  const first = firstCharacters.get(this);
  for (const glyph of glyphs ?? []) {
    const gid = this.subset.includeGlyph(glyph.id);
    res.push(hexOf(gid));
    if (this.widths[gid] == null) this.widths[gid] = glyph.advanceWidth * this.scale;
    if (this.unicode[gid] == null) this.unicode[gid] = 'codePoints' in glyph ? glyph.codePoints : charactersOf(this, glyph.id, first);
  }
  return [res, positions ?? []];
}

/** The characters a glyph drawn from a shared run stands for in this document: those it was first laid out for. */
function charactersOf(font: EncodingFont, id: number, first: Map<number, readonly number[]> | undefined): number[] {
  const noted = first?.get(id);
  if (noted !== undefined) return noted as number[];
  return (font.font._glyphs[id] as { codePoints: number[] } | undefined)?.codePoints ?? [];
}

/** Gives a document's embedded font the leaner layout and encode; the same glyphs, positions, widths and bytes. */
export function encodeLeanly(font: EncodingFont): void {
  firstCharacters.set(font, new Map());
  font.layoutCached = layoutCached;
  font.layout = layout;
  font.encode = encode;
}
