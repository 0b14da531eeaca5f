// What fontkit works out once per process instead of once per document: the shape of each word (most of a brief's cost
// was laying the same words out again), each glyph's outline record that subsetting reads, and its metrics. Each document still makes
// its own glyph objects through its own glyph cache, so what a PDF embeds does not depend on the documents drawn before it.
import { type KerningTable, type PairShape, shapeByPairs } from './kerning-table.js';

/** The part of a fontkit font that shaping uses. */
export interface ShapingFont {
  layout: (text: string, features?: unknown) => unknown;
  getGlyph: (id: number, codePoints?: number[]) => { _decode?: () => unknown; _getMetrics?: () => unknown; _metrics?: unknown; advanceWidth: number } | null;
  glyphForCodePoint: (codePoint: number) => { id: number; advanceWidth: number };
  unitsPerEm: number;
  /** Present in variable fonts, whose outlines depend on the instance: those are decoded each time. */
  _variationProcessor?: unknown;
  _glyphs: Record<number, unknown>;
}

interface FontkitRun {
  glyphs: { id: number; codePoints: number[]; advanceWidth: number }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
}

/** A text's shape, kept small: most words are their characters' glyphs one to one, each at its own advance. */
interface Shape {
  /** The glyph ids, one UTF-16 unit each. */
  ids: string;
  /** Each glyph's characters; null when glyph i is the text's i-th character (nothing substituted). */
  codePoints: number[][] | null;
  /** xAdvance, yAdvance, xOffset, yOffset of each glyph in font units; null when each is the glyph's advance, 0, 0, 0. */
  positions: number[] | null;
  /** The advance in thousandths of the em, summed glyph by glyph as pdfkit sums it. */
  width: number;
  /** The text as pdfkit draws it, made the first time a document draws it (drawnRunOf). */
  drawn: DrawnRun | null;
  /** Shaped from the font's pair table (shapeByPairs), not by fontkit's layout. */
  paired: boolean;
}

/** A glyph run as pdfkit reads one from fontkit: it scales the positions in place, so each call gets new ones. */
class ShapedRun {
  constructor(
    readonly glyphs: unknown[],
    readonly positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[],
  ) {}
  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

/** What a font keeps across documents: its own layout, its glyph cache for shaping, and the shapes in two generations. */
interface Reuse {
  /** The font's own layout, before reuseAcrossDocuments put the shared one in its place. */
  layout: ShapingFont['layout'];
  patched: boolean;
  /** Kept across texts, so that glyph metrics are read once; never a document's cache. */
  shapingGlyphs: Record<number, unknown>;
  young: Map<string, Shape>;
  old: Map<string, Shape>;
  /** The font's ligatures and pair metrics, which shape Latin text without fontkit's layout; null without a current table. */
  pairs: KerningTable | null;
  /** Each glyph drawn so far as a drawn run gives it, and its position when nothing moves it off its advance. */
  drawnGlyphs: Map<number, { glyph: DrawnGlyph; plain: DrawnPosition }>;
  /** A space as the pair table shapes it, once looked up (withSpace). */
  space?: PairShape | null;
  /** Font units to thousandths of the em, 1000 / unitsPerEm: fontkit's getter reads the head table each time. */
  scale: number;
}

// Words kept per font in two generations: a full young one becomes the old one, and a word found old is kept again.
// 3,000 a generation peaked the 300-article batch about 3 MB lower than 10,000, for the same CPU time (6 paired runs).
const MAX_SHAPES = 3_000;
const reused = new WeakMap<ShapingFont, Reuse>();

function reuseOf(font: ShapingFont): Reuse {
  let reuse = reused.get(font);
  if (!reuse) {
    reuse = {
      layout: font.layout,
      patched: false,
      shapingGlyphs: {},
      young: new Map(),
      old: new Map(),
      pairs: null,
      drawnGlyphs: new Map(),
      scale: 1000 / font.unitsPerEm,
    };
    reused.set(font, reuse);
  }
  return reuse;
}

function shapeOf(font: ShapingFont, text: string): Shape {
  const reuse = reuseOf(font);
  const young = reuse.young.get(text);
  if (young) return young;
  let shape = reuse.old.get(text);
  if (shape) {
    keep(reuse, text, shape);
    return shape;
  }
  const { layout, shapingGlyphs, pairs } = reuse;
  shape =
    withSpace(font, reuse, text) ??
    withShapingGlyphs(font, shapingGlyphs, () => {
      const paired = pairs && shapeByPairs(pairs, text, font);
      return paired ? shapeFromPairs(paired, reuse.scale) : shapeByLayout(font, layout, text);
    });
  keep(reuse, text, shape);
  return shape;
}

/**
 * A word and the space after it, as pdfkit draws each word of a line ("word "), from the word's shape, which measuring
 * made already: the same shape as the pair table gives the two together, where the table says a space changes nothing
 * before it (spaceAppends). Each word of a page was shaped twice, bare and with its space: about half the new shapes.
 */
function withSpace(font: ShapingFont, reuse: Reuse, text: string): Shape | null {
  const { pairs } = reuse;
  if (pairs === null || !pairs.spaceAppends || text.length < 2 || text.charCodeAt(text.length - 1) !== 32) return null;
  if (reuse.space === undefined) reuse.space = withShapingGlyphs(font, reuse.shapingGlyphs, () => shapeByPairs(pairs, ' ', font));
  const space = reuse.space;
  if (space === null || space.kerned || space.ids.length !== 1) return null;
  const word = shapeOf(font, text.slice(0, -1));
  if (!word.paired) return null;
  const advance = space.advances[0] as number;
  return {
    ids: word.ids + space.ids,
    codePoints: word.codePoints && [...word.codePoints, [32]],
    positions: word.positions && [...word.positions, advance, 0, 0, 0],
    // shapeFromPairs's sum, glyph by glyph: the word's, then the space's.
    width: word.width + advance * reuse.scale,
    drawn: null,
    paired: true,
  };
}

/** Runs `work` with the font's shaping glyph cache in place of the document's, which it then gets back. */
function withShapingGlyphs<T>(font: ShapingFont, shapingGlyphs: Record<number, unknown>, work: () => T): T {
  const own = font._glyphs;
  font._glyphs = shapingGlyphs;
  try {
    return work();
  } finally {
    font._glyphs = own;
  }
}

/** The shape of a word the pair table covers: its glyphs, each at its advance plus any kerning. */
function shapeFromPairs(paired: PairShape, scale: number): Shape {
  let width = 0;
  const positions: number[] = [];
  for (const advance of paired.advances) {
    positions.push(advance, 0, 0, 0);
    width += advance * scale;
  }
  return { ids: paired.ids, codePoints: paired.codePoints, positions: paired.kerned ? positions : null, width, drawn: null, paired: true };
}

/** The shape of a text as fontkit lays it out (with this font's shaping glyph cache in place). */
function shapeByLayout(font: ShapingFont, layout: ShapingFont['layout'], text: string): Shape {
  let run = layout.call(font, text) as FontkitRun;
  let codePoints: number[][] | null = null;
  if (!isOneToOne(font, text, run)) {
    // Glyphs substituted or merged: shaped again with an empty glyph cache, so each glyph carries this text's own characters.
    font._glyphs = {};
    run = layout.call(font, text) as FontkitRun;
    codePoints = run.glyphs.map((g) => g.codePoints);
  }
  const scale = 1000 / font.unitsPerEm;
  let width = 0;
  let plain = true;
  const positions: number[] = [];
  run.positions.forEach((p, i) => {
    positions.push(p.xAdvance, p.yAdvance, p.xOffset, p.yOffset);
    width += p.xAdvance * scale;
    plain &&= p.xAdvance === run.glyphs[i]?.advanceWidth && p.yAdvance === 0 && p.xOffset === 0 && p.yOffset === 0;
  });
  let ids = '';
  for (const g of run.glyphs) ids += String.fromCharCode(g.id);
  return { ids, codePoints, positions: plain ? null : positions, width, drawn: null, paired: false };
}

function keep(reuse: Reuse, text: string, shape: Shape): void {
  if (reuse.young.size >= MAX_SHAPES) {
    reuse.old = reuse.young;
    reuse.young = new Map();
  }
  reuse.young.set(text, shape);
}

/**
 * Whether the run is the text's characters mapped one to one (nothing substituted): then a fresh glyph cache would
 * have given glyph i the i-th character, which is what each document's cache makes of it in order.
 */
function isOneToOne(font: ShapingFont, text: string, run: FontkitRun): boolean {
  let i = 0;
  for (const char of text) {
    if (run.glyphs[i]?.id !== font.glyphForCodePoint(char.codePointAt(0) as number).id) return false;
    i++;
  }
  return i === run.glyphs.length;
}

const single = new Map<number, number[]>();
/** One shared array per character, the characters a glyph carries when it is that character alone. */
function charactersOf(text: string): number[][] {
  const out: number[][] = [];
  for (const char of text) {
    const point = char.codePointAt(0) as number;
    let cps = single.get(point);
    if (!cps) {
      cps = [point];
      single.set(point, cps);
    }
    out.push(cps);
  }
  return out;
}

/** The shape as a glyph run of this document's glyphs, created through its glyph cache in order. */
function runOf(font: ShapingFont, text: string, shape: Shape): ShapedRun {
  const characters = shape.codePoints ?? charactersOf(text);
  const glyphs: Array<{ advanceWidth: number }> = [];
  for (let i = 0; i < shape.ids.length; i++) glyphs.push(font.getGlyph(shape.ids.charCodeAt(i), characters[i]) as unknown as { advanceWidth: number });
  const p = shape.positions;
  const positions = glyphs.map((glyph, i) =>
    p === null
      ? { xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }
      : { xAdvance: p[4 * i] as number, yAdvance: p[4 * i + 1] as number, xOffset: p[4 * i + 2] as number, yOffset: p[4 * i + 3] as number },
  );
  return new ShapedRun(glyphs, positions);
}

/** A glyph as a document draws it: its id and advance, the same in every document of a font that is not variable. */
export interface DrawnGlyph {
  readonly id: number;
  readonly advanceWidth: number;
}

/** A glyph's position as pdfkit's layoutRun leaves it: each of fontkit's numbers scaled to thousandths of the em. */
export interface DrawnPosition {
  readonly xAdvance: number;
  readonly yAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
  readonly advanceWidth: number;
}

/**
 * A text laid out as pdfkit's EmbeddedFont lays it out for drawing (layoutRun), made once per process: pdfkit only reads
 * it. Each document made its own glyph objects and scaled positions for every word it drew, the same numbers each time;
 * what depends on the document, the characters its glyph cache gives each glyph first, is the caller's (`characters`).
 */
export interface DrawnRun {
  readonly glyphs: readonly DrawnGlyph[];
  readonly positions: readonly DrawnPosition[];
  /** The characters glyph i stands for in this text, as runOf gives them to the glyph cache. */
  readonly characters: readonly number[][];
  /** The positions' scaled advances summed in order, as pdfkit's run sums them. */
  readonly advanceWidth: number;
}

/** The text as pdfkit draws it at `scale` (its EmbeddedFont's, 1000 / unitsPerEm); null for a variable font. */
export function drawnRunOf(font: ShapingFont, text: string, scale: number): DrawnRun | null {
  if (font._variationProcessor) return null;
  const shape = shapeOf(font, text);
  if (shape.drawn !== null) return shape.drawn;
  const { drawnGlyphs, shapingGlyphs } = reuseOf(font);
  const characters = shape.codePoints ?? charactersOf(text);
  const p = shape.positions;
  const glyphs: DrawnGlyph[] = [];
  const positions: DrawnPosition[] = [];
  let advanceWidth = 0;
  for (let i = 0; i < shape.ids.length; i++) {
    const id = shape.ids.charCodeAt(i);
    let known = drawnGlyphs.get(id);
    if (known === undefined) {
      const advance = withShapingGlyphs(font, shapingGlyphs, () => font.getGlyph(id)?.advanceWidth ?? 0);
      // Scaled as layoutRun scales a fresh position: xAdvance, yAdvance, xOffset and yOffset in turn, then advanceWidth.
      const plain = { xAdvance: advance * scale, yAdvance: 0 * scale, xOffset: 0 * scale, yOffset: 0 * scale, advanceWidth: advance * scale };
      known = { glyph: { id, advanceWidth: advance }, plain };
      drawnGlyphs.set(id, known);
    }
    const { glyph } = known;
    const position =
      p === null
        ? known.plain
        : {
            xAdvance: (p[4 * i] as number) * scale,
            yAdvance: (p[4 * i + 1] as number) * scale,
            xOffset: (p[4 * i + 2] as number) * scale,
            yOffset: (p[4 * i + 3] as number) * scale,
            advanceWidth: glyph.advanceWidth * scale,
          };
    glyphs.push(glyph);
    positions.push(position);
    advanceWidth += position.xAdvance;
  }
  shape.drawn = { glyphs, positions, characters, advanceWidth };
  return shape.drawn;
}

/**
 * Makes a parsed font shape each text and decode each glyph once per process; called once, when the font is parsed.
 * With `pairs`, the table of this font file, words of Latin text are shaped from it instead of by fontkit's layout.
 */
export function reuseAcrossDocuments<F extends ShapingFont>(font: F, pairs: KerningTable | null = null): F {
  const reuse = reuseOf(font);
  if (reuse.patched) return font;
  reuse.patched = true;
  reuse.pairs = pairs;
  const { layout } = reuse;
  font.layout = (text: string, features?: unknown): unknown => {
    // Features other than the defaults are rare: those texts are shaped every time, as before.
    if (features !== undefined) return layout.call(font, text, features);
    return runOf(font, text, shapeOf(font, text));
  };
  const getGlyph = font.getGlyph;
  const decoded = new Map<number, unknown>();
  const metrics = new Map<number, unknown>();
  font.getGlyph = (id: number, codePoints?: number[]) => {
    const fresh = font._glyphs[id] === undefined;
    const glyph = getGlyph.call(font, id, codePoints);
    if (!fresh || !glyph || font._variationProcessor) return glyph;
    const decode = glyph._decode;
    // The subset reads a glyph's outline record (only to copy its bytes and component ids); it is the same for every document.
    if (decode) {
      glyph._decode = () => {
        if (!decoded.has(id)) decoded.set(id, decode.call(glyph));
        return decoded.get(id);
      };
    }
    // A glyph's advance and bearings (fontkit parses its outline's header for them) are the same for every document too;
    // fontkit changes them only for an instance of a variable font, which is left alone above.
    if (glyph._getMetrics) {
      let known = metrics.get(id);
      if (known === undefined) {
        known = glyph._getMetrics();
        metrics.set(id, known);
      }
      glyph._metrics = known;
    }
    return glyph;
  };
  return font;
}

/** pdfkit's parts of a text, in order: cut after each space or tab. Measuring and drawing must cut the same way. */
export function eachPart(text: string, visit: (part: string) => void): void {
  let last = 0;
  let index = 0;
  while (index <= text.length) {
    const char = text.charAt(index);
    if ((index === text.length && last < index) || char === ' ' || char === '\t') {
      visit(text.slice(last, ++index));
      last = index;
    } else index++;
  }
}

/**
 * A text's advance in thousandths of the em, without a document: pdfkit's own arithmetic (each part's advance summed in
 * order), so widthAt makes of it the number pdfkit's widthOfString gives.
 */
export function unitsOf(font: ShapingFont, text: string): number {
  let units = 0;
  eachPart(text, (part) => {
    units += shapeOf(font, part).width;
  });
  return units;
}

/** An advance from unitsOf as points at a size, scaled as pdfkit scales it. */
export function widthAt(units: number, size: number): number {
  const width = units * (size / 1000);
  // pdfkit adds character spacing (none) and applies horizontal scaling (100 %): kept, so the float is the same.
  return ((width + 0) * 100) / 100;
}

/** A text's width at a size, in points, without a document: the number pdfkit's widthOfString gives. */
export function widthOf(font: ShapingFont, text: string, size: number): number {
  return widthAt(unitsOf(font, text), size);
}
