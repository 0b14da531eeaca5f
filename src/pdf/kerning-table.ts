// Words of Latin text, digits and punctuation shaped from a table of the font's ligatures and pair metrics (data/kerning/,
// written by scripts/kerning-tables.mjs from fontkit's own layout) instead of by fontkit: the first layout of a font
// decodes its GSUB and GPOS tables, which was most of a cold brief's shaping time. Words with a character or a pair the
// table does not cover go to fontkit.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DATA_DIR } from '../paths.js';

/** The pair metrics of one font file. */
export interface KerningTable {
  /** The characters covered, as UTF-16 code units (all are in the Basic Multilingual Plane). */
  chars: Set<number>;
  /** Runs of characters fontkit draws as one glyph, longest first, with that glyph. */
  ligatures: ReadonlyMap<string, number>;
  /** Code units a ligature starts with. */
  ligatureStarts: Set<number>;
  /** Each unit (a character, or a ligature's text) numbered, for the pair keys. */
  units: Map<string, number>;
  /** The change to the first unit's advance, in font units, keyed by `first * 65536 + second` unit numbers. */
  kern: Map<number, number>;
  /** Pairs fontkit shapes some other way: a word holding one is shaped by fontkit. */
  joins: Set<number>;
  /**
   * Whether a space after a word changes nothing of the word's shape: the table covers the space, and no ligature, kern
   * or join takes it in (nor touches a word's last unit). Then "word " is "word" and a space.
   */
  spaceAppends: boolean;
}

interface KerningFile {
  bytes: number;
  checksum: number;
  chars: string;
  ligatures: Record<string, number>;
  joins: string[];
  kern: Record<string, number>;
}

/** What tells one font file from another: its length, and the `head` table's checkSumAdjustment, which any byte changes. */
export interface FontIdentity {
  bytes: number;
  checksum: number;
}

/** The identity of a font file as fontkit parsed it. */
export const fontIdentity = (font: { head: { checkSumAdjustment: number } }, data: Uint8Array): FontIdentity => ({
  bytes: data.length,
  checksum: font.head.checkSumAdjustment,
});

/** The table read for this very font file (the same identity), or null: then fontkit shapes every word. */
export function readKerningTable(fontPath: string, identity: FontIdentity, dir: string = join(DATA_DIR, 'kerning')): KerningTable | null {
  const path = join(dir, `${basename(fontPath, '.ttf')}.json`);
  if (!existsSync(path)) return null;
  const file = JSON.parse(readFileSync(path, 'utf8')) as KerningFile;
  if (file.bytes !== identity.bytes || file.checksum !== identity.checksum) return null;
  const ligatures = new Map(Object.entries(file.ligatures).sort((x, y) => y[0].length - x[0].length));
  const units = new Map([...file.chars, ...ligatures.keys()].map((unit, i) => [unit, i]));
  const pairKey = (pair: string): number => {
    const [first = '', second = ''] = pair.split('\t');
    return (units.get(first) ?? -1) * 65536 + (units.get(second) ?? -1);
  };
  const kern = new Map(Object.entries(file.kern).map(([pair, delta]) => [pairKey(pair), delta]));
  const joins = new Set(file.joins.map(pairKey));
  const space = units.get(' ');
  // A word's last unit is keyed -1 (nothing after it); before a space it is keyed by the pair with the space.
  const takesSpace = (key: number): boolean => key === -1 || (space !== undefined && key - Math.floor(key / 65536) * 65536 === space);
  return {
    chars: new Set([...file.chars].map((c) => c.charCodeAt(0))),
    ligatures,
    ligatureStarts: new Set([...ligatures.keys()].map((text) => text.charCodeAt(0))),
    units,
    kern,
    joins,
    spaceAppends: space !== undefined && ![...ligatures.keys()].some((run) => run.includes(' ')) && ![...kern.keys(), ...joins].some(takesSpace),
  };
}

/** A word as glyph ids and advances in font units. */
export interface PairShape {
  ids: string;
  advances: number[];
  /** Each glyph's characters, when a ligature joined some; null when glyph i is the word's i-th character. */
  codePoints: number[][] | null;
  kerned: boolean;
}

/** The glyphs of a font that the table's shapes are made of. */
export interface PairGlyphs {
  glyphForCodePoint: (code: number) => { id: number; advanceWidth: number };
  getGlyph: (id: number) => { advanceWidth: number } | null;
}

/** The longest ligature the text has at `i`, if any (the table keeps them longest first). */
function ligatureAt(table: KerningTable, text: string, i: number): string | undefined {
  if (!table.ligatureStarts.has(text.charCodeAt(i))) return undefined;
  for (const run of table.ligatures.keys()) if (text.startsWith(run, i)) return run;
  return undefined;
}

/** The word cut into units (ligatures where the font has one, longest first, else characters); null if not covered. */
function unitsOf(table: KerningTable, text: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!table.chars.has(code)) return null;
    const unit = ligatureAt(table, text, i) ?? text.charAt(i);
    out.push(unit);
    i += unit.length;
  }
  return out;
}

/** Each font's glyph id and advance per unit, read once: fontkit's character map lookup was half the cost of a new word. */
const unitGlyphs = new WeakMap<PairGlyphs, Map<string, { id: number; advanceWidth: number }>>();

/** The glyph a unit (a character, or a ligature's text) is drawn with, and its advance in font units. */
function glyphOf(
  table: KerningTable,
  font: PairGlyphs,
  unit: string,
  known: Map<string, { id: number; advanceWidth: number }>,
): { id: number; advanceWidth: number } {
  let glyph = known.get(unit);
  if (glyph === undefined) {
    const ligature = table.ligatures.get(unit);
    const { id, advanceWidth } =
      ligature !== undefined ? { id: ligature, advanceWidth: font.getGlyph(ligature)?.advanceWidth ?? 0 } : font.glyphForCodePoint(unit.charCodeAt(0));
    glyph = { id, advanceWidth };
    known.set(unit, glyph);
  }
  return glyph;
}

/** The word shaped from the table; null when fontkit must shape it (a character or a pair the table does not cover). */
export function shapeByPairs(table: KerningTable, text: string, font: PairGlyphs): PairShape | null {
  const cut = unitsOf(table, text);
  if (!cut) return null;
  const numbers = cut.map((unit) => table.units.get(unit) as number);
  let known = unitGlyphs.get(font);
  if (!known) {
    known = new Map();
    unitGlyphs.set(font, known);
  }
  let ids = '';
  let kerned = false;
  const advances: number[] = [];
  for (let i = 0; i < cut.length; i++) {
    const key = i + 1 < cut.length ? (numbers[i] as number) * 65536 + (numbers[i + 1] as number) : -1;
    if (table.joins.has(key)) return null;
    const glyph = glyphOf(table, font, cut[i] as string, known);
    const delta = table.kern.get(key);
    ids += String.fromCharCode(glyph.id);
    advances.push(delta === undefined ? glyph.advanceWidth : glyph.advanceWidth + delta);
    kerned ||= delta !== undefined;
  }
  const codePoints = cut.length === text.length ? null : cut.map((unit) => [...unit].map((c) => c.charCodeAt(0)));
  return { ids, advances, codePoints, kerned };
}
