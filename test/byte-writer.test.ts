// The document writer that makes each line's bytes in one step must write what pdfkit's own writer writes.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { type ByteWriter, writeBytesAtOnce } from '../src/pdf/byte-writer.js';

/** A small document with an outline of strings outside Latin-1, drawn and finished; `lean` gives it the one-step writer. */
async function drawn(lean: boolean): Promise<{ pdf: Buffer; offset: number }> {
  const date = new Date('2031-04-05T06:07:08Z');
  const doc = new PDFDocument({ compress: true, info: { Title: 'Łódź — “quoted” (parens) \\ back', CreationDate: date, ModDate: date } });
  if (lean) writeBytesAtOnce(doc as unknown as ByteWriter);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  doc.text('A made-up line of text', 72, 72).link(72, 90, 100, 12, 'https://example.org/a(b)');
  doc.outline.addItem('Résumé ✓');
  doc.end();
  await done;
  return { pdf: Buffer.concat(chunks), offset: (doc as unknown as ByteWriter)._offset };
}

describe('writing a document line by line in one step', () => {
  it("gives pdfkit's own bytes and offsets", async () => {
    const [own, lean] = [await drawn(false), await drawn(true)];
    expect(lean.pdf.equals(own.pdf)).toBe(true);
    expect(lean.offset).toBe(own.offset);
  });

  it('writes each character as its low byte, then a line feed', () => {
    const pushed: Uint8Array[] = [];
    const doc: ByteWriter = { _offset: 3, _write: () => {}, push: (chunk) => pushed.push(chunk) > 0 };
    writeBytesAtOnce(doc);
    doc._write('(Ł€)');
    doc._write(new Uint8Array([1, 2]));
    expect(pushed.map((chunk) => [...chunk])).toEqual([
      [0x28, 0x41, 0xac, 0x29, 0x0a],
      [1, 2],
    ]);
    expect(doc._offset).toBe(3 + 5 + 2);
  });
});
