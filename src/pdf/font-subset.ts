// The TrueType subset each PDF embeds, written straight into one buffer: the bytes fontkit's subset writes (the same
// tables, in the same order, each as fontkit encodes it), without encoding every glyph's metrics through its generic
// structure encoder, which was most of embedding a font. test/font-subset.test.ts compares the two byte for byte.
import { unreachable } from '../errors.js';

/** A glyph as the subset reads it. */
interface SubsetGlyph {
  advanceWidth: number;
  _getMetrics: () => { leftBearing: number };
  _decode: () => { numberOfContours: number; components?: Array<{ glyphID: number; pos: number }> } | null;
}

/** The parts of a fontkit TrueType font the subset reads. */
export interface SubsetFont {
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  loca: { offsets: number[]; version: number };
  getGlyph: (id: number) => unknown;
  _variationProcessor?: unknown;
}

/** fontkit's subset: the glyph ids in the order they were included, and the call that includes one. */
export interface GlyphSubset {
  glyphs: number[];
  includeGlyph: (glyph: number) => number;
}

// The tables fontkit's TrueType subset writes, in its order; the optional ones only when the font has them.
const TABLES = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm'] as const;
const OPTIONAL = new Set(['cvt ', 'prep', 'fpgm']);

/** A font with fontkit's subset maker, which pdfkit calls once per document. */
export type SubsettingFont = SubsetFont & { createSubset: () => GlyphSubset & { encode: () => Uint8Array } };

/** The subsets pdfkit asks the font for write themselves with writeSubset, when the font is one it can write. */
export function writeSubsetsDirectly(font: SubsettingFont, data: Uint8Array): void {
  if (!canWriteSubset(font)) return;
  const create = font.createSubset;
  font.createSubset = () => {
    const subset = create.call(font);
    subset.encode = () => writeSubset(font, subset, data);
    return subset;
  };
}

/** Whether the subset can be written here: a TrueType font with the tables it needs, no variations, no CFF. */
export function canWriteSubset(font: SubsetFont): boolean {
  const { tables } = font.directory;
  // maxp version 1.0 (32 bytes) is the TrueType one; fontkit writes every one of its fields.
  return (
    !font._variationProcessor &&
    !tables['CFF '] &&
    ['head', 'hhea', 'glyf', 'loca', 'hmtx'].every((tag) => tables[tag] !== undefined) &&
    (tables.maxp?.length ?? 0) >= 32
  );
}

/** The embedded font file: the subset's glyphs (and the components of compound ones), written as fontkit writes them. */
export function writeSubset(font: SubsetFont, subset: GlyphSubset, data: Uint8Array): Uint8Array {
  const glyfAt = (font.directory.tables.glyf as { offset: number }).offset;
  const outlines: Uint8Array[] = [];
  const locations: number[] = [];
  const metrics: number[] = [];
  let offset = 0;
  // Compound glyphs include their components as they go, so the list can grow while it is read.
  for (let i = 0; i < subset.glyphs.length; i++) {
    const id = subset.glyphs[i] as number;
    const glyph = font.getGlyph(id) as SubsetGlyph;
    const start = glyfAt + (font.loca.offsets[id] as number);
    let bytes = data.subarray(start, glyfAt + (font.loca.offsets[id + 1] as number));
    // Only a compound glyph (its int16 contour count below zero) is decoded, for where its components' ids stand:
    // decoding every simple glyph's points was most of writing a cold brief's subsets.
    const outline = bytes.length >= 2 && (((bytes[0] as number) << 24) >> 16) + (bytes[1] as number) < 0 ? glyph._decode() : null;
    if (outline && outline.numberOfContours < 0) {
      bytes = Uint8Array.from(bytes);
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (const component of outline.components ?? []) view.setUint16(component.pos, subset.includeGlyph(component.glyphID));
    }
    outlines.push(bytes);
    locations.push(offset);
    metrics.push(glyph.advanceWidth, glyph._getMetrics().leftBearing);
    offset += bytes.length;
  }
  locations.push(offset);

  const raw = (tag: string): Uint8Array | null => {
    const table = font.directory.tables[tag];
    return table ? data.subarray(table.offset, table.offset + table.length) : null;
  };
  const long = font.loca.version !== 0;
  const sizes: Record<string, number> = {
    head: 54,
    hhea: 36,
    loca: locations.length * (long ? 4 : 2),
    maxp: 32,
    glyf: offset,
    hmtx: (metrics.length / 2) * 4,
  };
  const present = TABLES.filter((tag) => !OPTIONAL.has(tag) || raw(tag) !== null);
  for (const tag of present) sizes[tag] ??= raw(tag)?.length ?? 0;

  const entries = present.length;
  const power = 2 ** Math.floor(Math.log2(entries));
  let at = 12 + 16 * entries;
  const total = present.reduce((sum, tag) => sum + (sizes[tag] as number), at);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set([0x74, 0x72, 0x75, 0x65]); // 'true', as fontkit tags the subset
  view.setUint16(4, entries);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, entries * 16 - power * 16);
  present.forEach((tag, i) => {
    const record = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[record + k] = tag.charCodeAt(k);
    view.setUint32(record + 4, 0);
    view.setUint32(record + 8, at);
    view.setUint32(record + 12, sizes[tag] as number);
    writeTable(tag, out, view, at);
    at += sizes[tag] as number;
  });
  return out;

  function writeTable(tag: (typeof TABLES)[number], target: Uint8Array, into: DataView, start: number): void {
    switch (tag) {
      case 'head':
        target.set((raw('head') as Uint8Array).subarray(0, 54), start);
        into.setInt16(start + 50, font.loca.version);
        return;
      case 'hhea':
        target.set((raw('hhea') as Uint8Array).subarray(0, 36), start);
        into.setUint16(start + 34, metrics.length / 2);
        return;
      case 'maxp':
        target.set((raw('maxp') as Uint8Array).subarray(0, 32), start);
        into.setUint16(start + 4, outlines.length);
        return;
      case 'loca':
        locations.forEach((location, i) => {
          if (long) into.setUint32(start + 4 * i, location);
          else into.setUint16(start + 2 * i, location >>> 1);
        });
        return;
      case 'glyf': {
        let from = start;
        for (const bytes of outlines) {
          target.set(bytes, from);
          from += bytes.length;
        }
        return;
      }
      case 'hmtx':
        for (let i = 0; i < metrics.length; i += 2) {
          into.setUint16(start + 2 * i, metrics[i] as number);
          into.setInt16(start + 2 * i + 2, metrics[i + 1] as number);
        }
        return;
      case 'cvt ':
      case 'prep':
      case 'fpgm':
        target.set(raw(tag) as Uint8Array, start);
        return;
      default:
        unreachable(tag, 'font table');
    }
  }
}
