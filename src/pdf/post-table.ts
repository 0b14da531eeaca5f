// fontkit decodes a font's whole `post` table (for DejaVu, about 6,000 glyph names: some 30 ms a face) the first time
// anything reads it, and pdfkit reads it only for the italic angle and the fixed-pitch flag. The header is read here
// from the file's bytes as fontkit would decode it; the glyph names are decoded only if something asks for them.

/** The parts of a fontkit font this file touches. */
export interface PostTableFont {
  directory?: { tables?: Record<string, { offset: number; length: number } | undefined> };
  _tables?: Record<string, unknown>;
  _decodeTable?: (record: { offset: number; length: number }) => Record<string, unknown>;
}

const NAME_FIELDS = ['numberOfGlyphs', 'glyphNameIndex', 'names', 'offsets', 'map'];

/** Puts the `post` header in fontkit's table cache, with the rest of the table decoded on first use. */
export function deferGlyphNames(font: PostTableFont, data: Buffer): void {
  const record = font.directory?.tables?.post;
  const tables = font._tables;
  const decode = font._decodeTable;
  if (!record || !tables || !decode || 'post' in tables || record.length < 32) return;
  const at = record.offset;
  // fontkit's fixed32 is a signed 16.16 number divided out; the rest are plain integers.
  const fixed = (offset: number): number => data.readInt32BE(at + offset) / 65536;
  const header: Record<string, unknown> = {
    version: fixed(0),
    italicAngle: fixed(4),
    underlinePosition: data.readInt16BE(at + 8),
    underlineThickness: data.readInt16BE(at + 10),
    isFixedPitch: data.readUInt32BE(at + 12),
    minMemType42: data.readUInt32BE(at + 16),
    maxMemType42: data.readUInt32BE(at + 20),
    minMemType1: data.readUInt32BE(at + 24),
    maxMemType1: data.readUInt32BE(at + 28),
  };
  let whole: Record<string, unknown> | null = null;
  for (const field of NAME_FIELDS)
    Object.defineProperty(header, field, {
      enumerable: true,
      get: () => {
        whole ??= decode.call(font, record);
        return whole[field];
      },
    });
  tables.post = header;
}
