// Plain Latin words shaped from a table of pair metrics (data/kerning/, written by scripts/kerning-tables.mjs from
// fontkit's own layout) instead of by fontkit: the first layout of a font decodes its GSUB and GPOS tables, which was
// most of a cold brief's shaping time. Words with a character or a pair the table does not cover go to fontkit.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DATA_DIR } from '../paths.js';

/** The pair metrics of one font file. */
export interface KerningTable {
  /** The characters covered, as UTF-16 code units (all are in the Basic Multilingual Plane). */
  chars: Set<number>;
  /** The change to the first character's advance, in font units, keyed by `first * 65536 + second`. */
  kern: Map<number, number>;
  /** Pairs fontkit substitutes or joins (ligatures): a word holding one is shaped by fontkit. */
  joins: Set<number>;
}

interface KerningFile {
  bytes: number;
  checksum: number | null;
  chars: string;
  joins: string[];
  kern: Record<string, number>;
}

const pairKey = (text: string): number => text.charCodeAt(0) * 65536 + text.charCodeAt(1);

/** The sfnt `head` table's checkSumAdjustment, which changes with any byte of the font. */
export function fontChecksum(data: Buffer): number | null {
  const tables = data.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + 16 * i;
    if (data.toString('latin1', record, record + 4) === 'head') return data.readUInt32BE(data.readUInt32BE(record + 8) + 8);
  }
  return null;
}

/** The table read from this very font file (same length and checksum), or null: then fontkit shapes every word. */
export function readKerningTable(fontPath: string, data: Buffer, dir: string = join(DATA_DIR, 'kerning')): KerningTable | null {
  const path = join(dir, `${basename(fontPath, '.ttf')}.json`);
  if (!existsSync(path)) return null;
  const file = JSON.parse(readFileSync(path, 'utf8')) as KerningFile;
  if (file.bytes !== data.length || file.checksum !== fontChecksum(data)) return null;
  const chars = new Set<number>();
  for (let i = 0; i < file.chars.length; i++) chars.add(file.chars.charCodeAt(i));
  return {
    chars,
    kern: new Map(Object.entries(file.kern).map(([pair, delta]) => [pairKey(pair), delta])),
    joins: new Set(file.joins.map(pairKey)),
  };
}

// fontkit lays a text out as Latin when its first letter of any script is Latin: the table was read as Latin text.
const LATIN_LETTER = /[A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]/;

/** A word as glyph ids and advances in font units, one glyph per character; null when the table cannot shape it. */
export interface PairShape {
  ids: string;
  advances: number[];
  kerned: boolean;
}

/** The word shaped from the table, with `glyphFor` giving each character's glyph; null when fontkit must shape it. */
export function shapeByPairs(table: KerningTable, text: string, glyphFor: (code: number) => { id: number; advanceWidth: number }): PairShape | null {
  if (!LATIN_LETTER.test(text)) return null;
  for (let i = 0; i < text.length; i++) {
    if (!table.chars.has(text.charCodeAt(i))) return null;
    if (i > 0 && table.joins.has(text.charCodeAt(i - 1) * 65536 + text.charCodeAt(i))) return null;
  }
  let ids = '';
  let kerned = false;
  const advances: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const glyph = glyphFor(code);
    const delta = i + 1 < text.length ? table.kern.get(code * 65536 + text.charCodeAt(i + 1)) : undefined;
    ids += String.fromCharCode(glyph.id);
    advances.push(delta === undefined ? glyph.advanceWidth : glyph.advanceWidth + delta);
    kerned ||= delta !== undefined;
  }
  return { ids, advances, kerned };
}
