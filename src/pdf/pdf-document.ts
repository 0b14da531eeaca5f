// The only module that touches pdfkit: it measures text with the embedded fonts and draws a layout.
import PDFDocument from 'pdfkit';
import { unreachable } from '../errors.js';
import type { FontStyle, PageBox, PageLayout } from '../types.js';
import type { FontFamily } from './fonts.js';
import { type FontKey, type FontRun, fontFor, splitByFont } from './font-runs.js';
import { hasRtl, isRtlParagraph, visualSegments } from './layout/bidi-order.js';
import type { Measure } from './layout/context.js';
import { unitsOf, widthAt, widthOf } from './font-reuse.js';
import { type EncodingFont, encodeLeanly } from './embedded-font.js';
import { spacedWordCount } from '../word-count.js';
import { drawPlainText, type FragmentDocument } from './plain-text.js';

export interface PdfInfo {
  title: string;
  /** Who wrote the article; left out of the PDF when the article names nobody. */
  author?: string;
  subject: string;
  keywords?: string;
  creationDate: Date;
}

export interface PageChrome {
  header: string;
  footer: string;
  /** Text on the right of the footer, e.g. what the page left out. */
  footerRight: string;
  /** The rule under the running header (#rrggbb). */
  ruleColor: string;
  /** Web addresses that the header or footer prints: each is made a link where it stands. */
  links: readonly string[];
}

export interface PdfCanvas {
  measure: Measure;
  /** Draws the layout with header and footer, and returns the finished PDF. */
  finish: (layout: PageLayout, chrome: PageChrome) => Promise<Buffer>;
}

/** What pdfkit is told of a fragment without a link: it reads width and word count only to draw a link's box and underline. */
const UNLINKED: Readonly<PDFKit.Mixins.TextOptions> = { textWidth: 0, wordCount: 0 };

/** How a plain fragment is drawn in one chunk; a test passes one that always declines, to compare with pdfkit's own path. */
export type PlainTextDrawer = (doc: FragmentDocument, text: string, x: number, y: number, color: string) => boolean;

export function openPdf(page: PageBox, family: FontFamily, info: PdfInfo, drawPlain: PlainTextDrawer = drawPlainText): PdfCanvas {
  const doc = new PDFDocument({
    size: [page.width, page.height],
    margins: page.margin,
    autoFirstPage: true,
    compress: true,
    info: {
      Title: info.title,
      // An unknown author is left out: a reader's "Author" field should never show a placeholder as a name.
      ...(info.author ? { Author: info.author } : {}),
      Subject: info.subject,
      Keywords: info.keywords ?? '',
      Creator: 'brief',
      Producer: 'brief (PDFKit)',
      CreationDate: info.creationDate,
      ModDate: info.creationDate,
    },
    displayTitle: true,
    lang: 'en',
    // No default font: pdfkit would read and parse Helvetica's metrics for every document, and it is never drawn with.
    font: null as unknown as string,
  });
  // Our fonts keep the resource names (F2, F3, …) they had beside that unused F1, so the output bytes do not change.
  (doc as unknown as { _fontCount: number })._fontCount = 1;
  // Each font gets a fresh glyph cache when a document first uses it, so its bytes do not depend on documents drawn before.
  const registered = new Set<FontKey>();
  const use = (key: FontKey): FontKey => {
    if (!registered.has(key)) {
      const font = fontFor(key, family);
      font._glyphs = {};
      doc.registerFont(key, font as unknown as Buffer);
      // Opened in the order first measured, which numbers the document's font resources.
      doc.font(key);
      encodeLeanly((doc as unknown as { _font: EncodingFont })._font);
      registered.add(key);
    }
    return key;
  };
  const runWidth = (run: FontRun, size: number): number => widthOf(fontFor(use(run.font), family), run.text, size);
  // A text's advance does not depend on the size: kept per style and text, in em units (a number when the style's own
  // font draws it all, else each run's), so each type size the page fitter tries costs a multiplication per word.
  const advances: Record<FontStyle, Map<string, number | number[]>> = {
    regular: new Map(),
    bold: new Map(),
    italic: new Map(),
    boldItalic: new Map(),
  };
  // Text is measured run by run with the font each run is drawn with, so what is drawn takes the width the layout gave it.
  const measure: Measure = (text: string, font: FontStyle, size: number) => {
    const known = advances[font];
    let units = known.get(text);
    if (units === undefined) {
      const { runs } = splitByFont(text, font, family);
      units =
        runs.length === 1 && runs[0]?.font === font
          ? unitsOf(fontFor(use(font), family), text)
          : runs.map((run) => unitsOf(fontFor(use(run.font), family), run.text));
      known.set(text, units);
    }
    if (typeof units === 'number') return widthAt(units, size);
    let width = 0;
    for (const part of units) width += widthAt(part, size);
    return width;
  };
  // The main font's baseline: a fallback run is moved so that its baseline meets it.
  const ascent = (key: FontKey): number => {
    const font = fontFor(key, family);
    return font.ascent / font.unitsPerEm;
  };
  /**
   * The width and word count pdfkit would work out for a fragment it draws, given to it: the width is pdfkit's own number
   * (see widthAt), cached, so pdfkit does not lay the words out once more to find it. pdfkit spans a link's box and its
   * underline over that width: for a link, the words' width, so neither runs on under the space after the last word.
   * pdfkit reads the two for a link's box and underline only: a fragment without a link is given zeros, not measured
   * again (a tenth of drawing a page).
   */
  const measured = (text: string, font: FontStyle, size: number, linked: boolean): PDFKit.Mixins.TextOptions =>
    linked ? { textWidth: measure(text.trimEnd(), font, size), wordCount: spacedWordCount(text) } : UNLINKED;
  /** Whether a text in a style needs another font for any of it (drawRuns draws it run by run). */
  const needsRuns = (text: string, style: FontStyle): boolean => {
    const { runs } = splitByFont(text, style, family);
    return !(runs.length === 1 && runs[0]?.font === style && runs[0].text === text);
  };
  /** Draws a text in a style from (x, y), each run in its own font; false when the main font draws it all (the caller does). */
  const drawRuns = (text: string, style: FontStyle, size: number, x: number, y: number, options: PDFKit.Mixins.TextOptions): boolean => {
    const { runs } = splitByFont(text, style, family);
    if (runs.length === 1 && runs[0]?.font === style && runs[0].text === text) return false;
    let at = x;
    for (const run of runs) {
      const shift = (ascent(style) - ascent(run.font)) * size;
      const width = runWidth(run, size);
      // As in measured(): a link's box and underline end with its last word.
      const words = options.link && run === runs[runs.length - 1] ? runWidth({ ...run, text: run.text.trimEnd() }, size) : width;
      doc.font(use(run.font)).fontSize(size);
      doc.text(run.text, at, y + shift, { ...options, lineBreak: false, textWidth: words, wordCount: spacedWordCount(run.text) });
      at += width;
    }
    return true;
  };
  /** A line of chrome: cut with an ellipsis to the width; fallback runs drawn by drawRuns. */
  const drawChromeLine = (text: string, size: number, x: number, y: number, width: number): void => {
    const options = { width, lineBreak: false, ellipsis: true, height: size * 1.4 };
    if (splitByFont(text, 'regular', family).runs.every((run) => run.font === 'regular')) {
      doc.font(use('regular')).fontSize(size);
      // Only a line to cut goes through pdfkit's wrapper: its line breaker builds a Unicode trie (~15 ms of a cold start).
      doc.text(text, x, y, measure(text, 'regular', size) <= width ? { lineBreak: false } : options);
      return;
    }
    const chars = [...text];
    const cut = (n: number): string => (n >= chars.length ? text : `${chars.slice(0, n).join('').trimEnd()}…`);
    // The longest cut that fits, found by halving.
    let [lo, hi] = [0, chars.length];
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (measure(cut(mid), 'regular', size) <= width) lo = mid;
      else hi = mid - 1;
    }
    const shown = cut(lo);
    if (!hasRtl(shown)) {
      drawRuns(shown, 'regular', size, x, y, {});
      return;
    }
    // Right-to-left words in chrome are put in visual order like those of the page; the line stays set left.
    const words = shown.split(' ').map((text, i, all) => ({ text, space: i < all.length - 1 }));
    let at = x;
    let lastWord = -1;
    for (const segment of visualSegments(words, isRtlParagraph(shown))) {
      if (lastWord >= 0 && segment.word !== lastWord) at += measure(' ', 'regular', size);
      drawRuns(segment.text, 'regular', size, at, y, {}) || doc.font(use('regular')).fontSize(size).text(segment.text, at, y, { lineBreak: false });
      at += measure(segment.text, 'regular', size);
      lastWord = segment.word;
    }
  };
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const finish = async (layout: PageLayout, chrome: PageChrome): Promise<Buffer> => {
    const small = Math.max(7, layout.fontSize * 0.8);
    const top = page.margin.top * 0.45;
    const bottom = page.height - page.margin.bottom * 0.6;
    const width = page.width - page.margin.left - page.margin.right;
    // A link annotation over an address inside a line of chrome, cut where the line's width ends (an ellipsis may shorten it).
    const linkIn = (text: string, y: number, lineWidth: number): void => {
      for (const url of chrome.links) {
        const at = text.indexOf(url);
        if (at < 0) continue;
        const x = measure(text.slice(0, at), 'regular', small);
        const w = Math.min(measure(url, 'regular', small), lineWidth - x);
        if (w > 0) doc.link(page.margin.left + x, y, w, small * 1.2, url);
      }
    };
    doc.font(use('regular')).fontSize(small).fillColor('#666666');
    drawChromeLine(chrome.header, small, page.margin.left, top, width);
    linkIn(chrome.header, top, width);
    doc
      .moveTo(page.margin.left, top + small * 1.5)
      .lineTo(page.width - page.margin.right, top + small * 1.5)
      .lineWidth(0.4)
      .strokeColor(chrome.ruleColor)
      .stroke();
    doc.font(use('regular')).fontSize(small).fillColor('#666666');
    const rightWidth = chrome.footerRight ? doc.widthOfString(chrome.footerRight) + 10 : 0;
    drawChromeLine(chrome.footer, small, page.margin.left, bottom, width - rightWidth);
    linkIn(chrome.footer, bottom, width - rightWidth);
    if (chrome.footerRight)
      doc
        .font(use('regular'))
        .fontSize(small)
        .text(chrome.footerRight, page.width - page.margin.right - rightWidth + 10, bottom, { lineBreak: false });
    for (const op of layout.ops) {
      switch (op.type) {
        case 'text':
          doc.font(use(op.font)).fontSize(op.size);
          // Most of a page: a fragment without a link in the font of its style, drawn in one chunk (src/pdf/plain-text.ts).
          if (op.link === null && !needsRuns(op.text, op.font) && drawPlain(doc as unknown as FragmentDocument, op.text, op.x, op.y, op.color)) break;
          doc.fillColor(op.color);
          if (!drawRuns(op.text, op.font, op.size, op.x, op.y, op.link ? { link: op.link, underline: true } : {}))
            doc.text(op.text, op.x, op.y, {
              lineBreak: false,
              ...measured(op.text, op.font, op.size, Boolean(op.link)),
              ...(op.link ? { link: op.link, underline: true } : {}),
            });
          break;
        case 'rule':
          doc
            .moveTo(op.x, op.y)
            .lineTo(op.x + op.width, op.y)
            .lineWidth(op.thickness)
            .strokeColor(op.color)
            .stroke();
          break;
        case 'bar':
          doc.rect(op.x, op.y, 1.6, op.height).fillColor(op.color).fill();
          break;
        default:
          unreachable(op, 'layout op');
      }
    }
    doc.end();
    return done;
  };
  return { measure, finish };
}
