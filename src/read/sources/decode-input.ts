// Turns the bytes of an input into text, refusing binary files and broken encodings.
import { CP1252_HIGH } from '../mojibake.js';
import { BriefError } from '../../errors.js';

const BINARY_SIGNATURES: ReadonlyArray<[string, number[]]> = [
  ['a PDF file', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** The input size limit when none is given: 5 MB, far above any article, low enough that every stage finishes in seconds. */
export const DEFAULT_MAX_BYTES = 5_000_000;

/** A size as people read it: MB from a megabyte up, kB below, bytes below that. */
const megabytes = (bytes: number): string =>
  bytes >= 1_000_000 ? `${+(bytes / 1_000_000).toFixed(2)} MB` : bytes >= 1_000 ? `${+(bytes / 1_000).toFixed(1)} kB` : `${bytes} bytes`;

const sizeBeside = (size: number, max: number): string => (megabytes(size) === megabytes(max) ? `${size.toLocaleString('en')} bytes` : megabytes(size));

/** Refuses an input over the size limit before any of it is read as an article. */
export function checkSize(size: number, source: string, max: number = DEFAULT_MAX_BYTES): void {
  if (size > max)
    // "5 MB, over the 5 MB limit" says nothing: a size that rounds to the limit is given in bytes.
    throw new BriefError('INPUT_TOO_LARGE', `the input is ${sizeBeside(size, max)}, over the ${megabytes(max)} limit`, {
      file: source,
      hint: 'a larger --max-size raises it',
    });
}

/** UTF-32 after its byte order mark, which TextDecoder does not know; a unit that is no code point is an input error. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean, source: string): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const points: number[] = [];
  let text = '';
  for (let at = 4; at + 4 <= bytes.length; at += 4) {
    const point = view.getUint32(at, littleEndian);
    if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) {
      throw new BriefError('INPUT_NOT_TEXT', `invalid UTF-32 at byte offset ${at}`, { file: source });
    }
    points.push(point);
    // In slices: String.fromCodePoint takes its arguments on the stack.
    if (points.length === 8192) text += String.fromCodePoint(...points.splice(0));
  }
  if (bytes.length % 4 !== 0)
    throw new BriefError('INPUT_NOT_TEXT', `invalid UTF-32: ${bytes.length} bytes is no whole number of characters`, { file: source });
  return text + String.fromCodePoint(...points);
}

/** Decodes UTF-8 (with or without BOM), or UTF-16 or UTF-32 with BOM; anything else is an input error. */
export function decodeInput(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) throw new BriefError('INPUT_EMPTY', 'the input is empty', { file: source });
  // UTF-32's little-endian mark opens with UTF-16's, so it is asked first.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return decodeUtf32(bytes, true, source);
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return decodeUtf32(bytes, false, source);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  for (const [name, signature] of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature)) {
      throw new BriefError('INPUT_NOT_TEXT', `this is ${name}, not a news article in text, Markdown or HTML`, { file: source });
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new BriefError('INPUT_NOT_TEXT', `binary data (a NUL byte at offset ${nul}), not text`, { file: source });
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    // A page saved in the legacy encoding it declares ("<meta charset=\"iso-8859-1\">") is read in that encoding.
    const declared = declaredCharset(bytes);
    if (declared) return decodeLegacy(bytes, declared);
    throw new BriefError('INPUT_NOT_TEXT', `invalid UTF-8 at byte offset ${firstInvalidUtf8(bytes, start)}`, { file: source });
  }
}

/**
 * Bytes in a legacy encoding a decoder knows by `label`. Node.js decodes "windows-1252" (and "iso-8859-1", which the Encoding
 * Standard reads as windows-1252) byte for byte as Latin-1, so 0x80–0x9F would be control characters: they are windows-1252's
 * curly quotes, dashes and euro sign, as a browser shows them.
 */
export function decodeLegacy(bytes: Uint8Array, label: string): string {
  const decoder = new TextDecoder(label);
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80)) : text;
}

/** The charset a page's head declares in a meta tag, when it is one a decoder knows and not UTF-8; else null. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const name = /<meta\b[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!name || /^utf-?8$/.test(name)) return null;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  for (let b = bytes[i]; b !== undefined; b = bytes[i]) {
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
