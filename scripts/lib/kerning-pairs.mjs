// The pair metrics of a font, read off fontkit's own layout: for every two characters of Latin text that the brief
// draws most, how much the first one's advance changes beside the second (kerning), and which pairs fontkit joins
// or substitutes (ligatures such as "fi"). src/pdf/kerning-table.ts shapes plain Latin words from this table
// instead of running fontkit's layout, and test/kerning-table.test.ts checks that both give the same glyphs.
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
  return chars;
}

/** fontkit as pdfkit loads it, so the table is read with the layout that draws the PDF. */
export function loadFontkit(root) {
  const requireHere = createRequire(`${root}/package.json`);
  return createRequire(requireHere.resolve('pdfkit'))('fontkit');
}

/**
 * The table of one font file: each pair shaped as Latin text on its own. A pair whose glyphs are not its characters'
 * own, or whose second glyph moves, is a join: words holding one are left to fontkit.
 */
export function kerningPairs(fontkit, data, source, checksum) {
  const font = fontkit.create(data);
  const chars = pairCharacters();
  const glyph = new Map(chars.map((c) => [c, font.glyphForCodePoint(c)]));
  const kern = {};
  const joins = [];
  for (const a of chars)
    for (const b of chars) {
      const pair = String.fromCodePoint(a, b);
      const run = font.layout(pair, [], 'latn');
      const [ga, gb] = [glyph.get(a), glyph.get(b)];
      const [pa, pb] = run.positions;
      const same =
        run.glyphs.length === 2 &&
        run.glyphs[0].id === ga.id &&
        run.glyphs[1].id === gb.id &&
        pb.xAdvance === gb.advanceWidth &&
        [pa.yAdvance, pa.xOffset, pa.yOffset, pb.yAdvance, pb.xOffset, pb.yOffset].every((v) => v === 0);
      if (!same) joins.push(pair);
      else if (pa.xAdvance !== ga.advanceWidth) kern[pair] = pa.xAdvance - ga.advanceWidth;
    }
  return {
    source,
    bytes: data.length,
    checksum,
    chars: String.fromCodePoint(...chars),
    joins,
    kern,
  };
}
