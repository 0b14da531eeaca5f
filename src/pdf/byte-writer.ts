// pdfkit writes each line of the file's own text (object headers, dictionaries, the cross-reference table) by copying
// the string into bytes one character at a time, then has the stream copy those into a Buffer: a Buffer made from the
// string in one step is the same bytes (each character's low byte, as pdfkit takes it), pushed as it is.

/** The part of a pdfkit document that writes to the file. */
export interface ByteWriter {
  _offset: number;
  _write: (data: string | Uint8Array) => void;
  push: (chunk: Uint8Array) => boolean;
}

/** Gives a document a `_write` that makes each line's bytes in one step: the same bytes and offsets as pdfkit's own. */
export function writeBytesAtOnce(doc: ByteWriter): void {
  doc._write = (data: string | Uint8Array): void => {
    const bytes = data instanceof Uint8Array ? data : Buffer.from(`${data}\n`, 'latin1');
    doc.push(bytes);
    doc._offset += bytes.length;
  };
}
