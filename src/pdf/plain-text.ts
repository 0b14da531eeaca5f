// A fragment of text without a link drawn as pdfkit's text() draws it, the same bytes in the page's content stream with
// less work: pdfkit wrote each of a fragment's eight or more operators as its own chunk, copying each string into bytes
// one character at a time, and measured the fragment once more after drawing it (to advance its x, which the page
// never reads: every fragment is drawn at a given x and y).

/** The part of pdfkit's EmbeddedFont that a fragment reads. */
interface FragmentFont {
  id: string;
  ascender: number;
  ref: () => unknown;
  encode: (text: string, features?: unknown) => [string[], unknown[]];
}

interface FragmentPosition {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

/** The part of a pdfkit document a fragment reads and changes. */
export interface FragmentDocument {
  x: number;
  y: number;
  _font: FragmentFont;
  _fontSize: number;
  _textOptions: unknown;
  _fillColor: unknown;
  page: { height: number; fonts: Record<string, unknown> };
  addContent: (data: Uint8Array) => unknown;
}

/** pdfkit's number(): rounded to millionths, as its content stream writes each number. */
function number(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

/** What pdfkit's fillColor writes for a colour #rrggbb, made once per colour; null for any other form of colour. */
const fills = new Map<string, string | null>();
function fillOf(color: string): string | null {
  let fill = fills.get(color);
  if (fill === undefined) {
    const hex = /^#[0-9A-Fa-f]{6}$/.test(color) ? Number.parseInt(color.slice(1), 16) : null;
    fill = hex === null ? null : `/DeviceRGB cs\n${[hex >> 16, (hex >> 8) & 255, hex & 255].map((part) => part / 255).join(' ')} scn\n`;
    fills.set(color, fill);
  }
  return fill;
}

/**
 * doc.fillColor(color) then doc.text(text, x, y, { lineBreak: false }) in the document's current font and size, as one
 * chunk of the content stream; false (nothing drawn) for what only pdfkit's own path handles: a text with a line break
 * or none at all, a colour not #rrggbb, continued text options.
 */
export function drawPlainText(doc: FragmentDocument, text: string, x: number, y: number, color: string): boolean {
  const fill = fillOf(color);
  if (fill === null || text === '' || text.includes('\n') || doc._textOptions) return false;
  doc._fillColor = [color, undefined];
  doc.x = x;
  doc.y = y;
  const font = doc._font;
  const size = doc._fontSize;
  const page = doc.page;
  // pdfkit's default baseline: the font's ascender below the given y.
  const dy = (font.ascender / 1e3) * size;
  const top = page.height - y - dy;
  if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
  let out = `${fill}q\n1 0 0 -1 0 ${number(page.height)} cm\nBT\n1 0 0 1 ${number(x)} ${number(top)} Tm\n/${font.id} ${number(size)} Tf\n`;
  const [encoded, laid] = font.encode(text, undefined);
  const positions = laid as FragmentPosition[];
  const scale = size / 1e3;
  // pdfkit's TJ arrays: a run of glyphs closed where one is kerned off its advance, a glyph moved off the baseline set alone.
  let commands = '';
  let last = 0;
  let hadOffset = false;
  let at = x;
  const addSegment = (cur: number): void => {
    if (last < cur) {
      const hex = encoded.slice(last, cur).join('');
      const position = positions[cur - 1] as FragmentPosition;
      const segment = `<${hex}> ${number(-(position.xAdvance - position.advanceWidth))}`;
      commands = commands === '' ? segment : `${commands} ${segment}`;
    }
    last = cur;
  };
  const flush = (cur: number): void => {
    addSegment(cur);
    if (commands !== '') {
      out += `[${commands}] TJ\n`;
      commands = '';
    }
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const position = positions[i] as FragmentPosition;
    if (position.xOffset || position.yOffset) {
      flush(i);
      out += `1 0 0 1 ${number(at + position.xOffset * scale)} ${number(top + position.yOffset * scale)} Tm\n`;
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        out += `1 0 0 1 ${number(at)} ${number(top)} Tm\n`;
        hadOffset = false;
      }
      if (position.xAdvance - position.advanceWidth !== 0) addSegment(i + 1);
    }
    at += position.xAdvance * scale;
  }
  flush(i);
  out += 'ET\nQ\n';
  // Each character is a byte, as pdfkit makes it (its code's low byte): the content stream is written in Latin-1.
  doc.addContent(Buffer.from(out, 'latin1'));
  return true;
}
