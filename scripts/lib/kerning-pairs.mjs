// The pair metrics of a font, read off fontkit's own layout: for the characters the brief draws most, which runs fontkit
// joins into one glyph (ligatures such as "fi") and how much each glyph's advance changes beside the next (kerning).
// src/pdf/kerning-table.ts shapes words from this table instead of running fontkit's layout, and
// test/kerning-table.test.ts checks that both give the same glyphs.
import { createRequire } from 'node:module';

/**
 * The characters a table covers: printable ASCII, Latin-1 (not the soft hyphen, which fontkit hides), curly quotes,
 * dashes, the ellipsis, the bullet, the euro and primes.
 */
export function pairCharacters() {
  const chars = [];
  for (let c = 0x20; c < 0x7f; c++) chars.push(c);
  for (let c = 0xa0; c <= 0xff; c++) if (c !== 0xad) chars.push(c);
  for (const c of '‘’“”–—…•€′″') chars.push(c.codePointAt(0));
  return chars.map((c) => String.fromCodePoint(c));
}

/** fontkit as pdfkit loads it, so the table is read with the layout that draws the PDF. */
export function loadFontkit(root) {
  const requireHere = createRequire(`${root}/package.json`);
  return createRequire(requireHere.resolve('pdfkit'))('fontkit');
}

const still = (p) => p.yAdvance === 0 && p.xOffset === 0 && p.yOffset === 0;

/**
 * The table of one font file, every text shaped as Latin (fontkit lays text out as Latin when its first letter is,
 * and text of punctuation and digits alone the same way, which is checked pair by pair):
 * - `ligatures`: runs of characters that become one glyph, with that glyph, found by extending each joined pair;
 * - `kern`: for two units (a character or a ligature) side by side, the change to the first glyph's advance;
 * - `joins`: pairs fontkit shapes some other way (the second glyph moves, or a pair of punctuation is shaped
 *   differently on its own): a word holding one is left to fontkit.
 * The file's length and its `head` checkSumAdjustment name it (src/pdf/kerning-table.ts fontIdentity): a brief uses
 * the table only for that very file.
 */
export function kerningPairs(fontkit, data, source) {
  const font = fontkit.create(data);
  const chars = pairCharacters();
  const glyphs = new Map(chars.map((c) => [c, font.glyphForCodePoint(c.codePointAt(0))]));
  // The kerning pass lays out every pair the ligature search already did: each text is laid out once.
  const runs = new Map();
  const shape = (text) => {
    const known = runs.get(text);
    if (known) return known;
    const run = font.layout(text, [], 'latn');
    runs.set(text, run);
    return run;
  };
  const ligatures = {};
  const joins = new Set();
  let grown = chars;
  while (grown.length) {
    const next = [];
    for (const a of grown)
      for (const b of chars) {
        const run = shape(a + b);
        if (run.glyphs.length !== 1) continue;
        ligatures[a + b] = run.glyphs[0].id;
        glyphs.set(a + b, run.glyphs[0]);
        next.push(a + b);
      }
    grown = next;
  }
  const units = [...chars, ...Object.keys(ligatures)];
  const common = /^[\p{Script=Common}]+$/u;
  const kern = {};
  for (const a of units)
    for (const b of units) {
      const run = shape(a + b);
      const [ga, gb] = [glyphs.get(a), glyphs.get(b)];
      const [pa, pb] = run.positions;
      const same =
        run.glyphs.length === 2 && run.glyphs[0].id === ga.id && run.glyphs[1].id === gb.id && pb.xAdvance === gb.advanceWidth && still(pa) && still(pb);
      const asItself = !common.test(a + b) || JSON.stringify(font.layout(a + b).positions) === JSON.stringify(run.positions);
      if (!same || !asItself) joins.add(`${a}\t${b}`);
      else if (pa.xAdvance !== ga.advanceWidth) kern[`${a}\t${b}`] = pa.xAdvance - ga.advanceWidth;
    }
  return { source, bytes: data.length, checksum: font.head.checkSumAdjustment, chars: chars.join(''), ligatures, joins: [...joins], kern };
}
