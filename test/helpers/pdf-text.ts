// Reads a PDF back the way a reader gets it: page count, and the text of each page, with pdfjs.
import { getDocument } from './pdfjs.js';

export interface PdfReadBack {
  pages: number;
  text: string;
  info: Record<string, unknown>;
  /** Width and height of the first page, in points. */
  size: [number, number];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReadBack> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const parts: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let line = '';
      let lastY: number | null = null;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = item.transform[5] as number;
        if (lastY !== null && Math.abs(y - lastY) > 1) {
          parts.push(line);
          line = '';
        }
        line += item.str;
        lastY = y;
      }
      parts.push(line);
    }
    const meta = await doc.getMetadata();
    const [, , width, height] = (await doc.getPage(1)).view as [number, number, number, number];
    return { pages: doc.numPages, text: parts.join('\n'), info: (meta.info ?? {}) as Record<string, unknown>, size: [width, height] };
  } finally {
    await doc.destroy();
  }
}

/** Text with line breaks and hyphen-free wrapping folded, for "does the page say X" checks. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Only the page count, as a PDF reader sees it: cheaper than `readPdf`, which also extracts every page's text. */
export async function countPages(bytes: Uint8Array): Promise<number> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}
