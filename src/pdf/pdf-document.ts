// The only module that touches pdfkit: it measures text with the embedded fonts and draws a layout.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { unreachable } from '../errors.js';
import type { FontStyle, PageBox, PageLayout } from '../types.js';
import { FONT_STYLES, fontData, type FontFamily } from './fonts.js';
import type { Measure } from './layout/context.js';

/** A font as fontkit parses it; pdfkit embeds such an object as it is (anything with a `layout`). */
interface ParsedFont {
  layout: (text: string) => unknown;
  /** fontkit's glyph cache: a glyph keeps the characters it was first laid out for (they become the ToUnicode map). */
  _glyphs: Record<number, unknown>;
}

// fontkit is pdfkit's own dependency: it is loaded from where pdfkit finds it, so the two always agree.
const fontkit = (): { create: (data: Uint8Array) => ParsedFont } => createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit');
const parsedFonts = new Map<string, ParsedFont>();

/** Each font file parsed once per process (parsing is most of a brief's cost), with a glyph cache fresh for every document. */
function parsedFont(family: FontFamily, style: FontStyle): ParsedFont {
  const key = `${family}/${style}`;
  let font = parsedFonts.get(key);
  if (!font) {
    font = fontkit().create(fontData(family, style));
    parsedFonts.set(key, font);
  }
  // A fresh cache makes each document's bytes independent of the documents drawn before it in this process.
  font._glyphs = {};
  return font;
}

export interface PdfInfo {
  title: string;
  author: string;
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

export function openPdf(page: PageBox, family: FontFamily, info: PdfInfo): PdfCanvas {
  const doc = new PDFDocument({
    size: [page.width, page.height],
    margins: page.margin,
    autoFirstPage: true,
    compress: true,
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Keywords: info.keywords ?? '',
      Creator: 'brief',
      Producer: 'brief (PDFKit)',
      CreationDate: info.creationDate,
      ModDate: info.creationDate,
    },
    displayTitle: true,
    lang: 'en',
  });
  for (const style of FONT_STYLES) doc.registerFont(style, parsedFont(family, style) as unknown as Buffer);
  const widths = new Map<string, number>();
  const measure: Measure = (text: string, font: FontStyle, size: number) => {
    const key = `${font}\u0000${size}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = doc.font(font).fontSize(size).widthOfString(text);
      widths.set(key, width);
    }
    return width;
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
        const x = doc.widthOfString(text.slice(0, at));
        const w = Math.min(doc.widthOfString(url), lineWidth - x);
        if (w > 0) doc.link(page.margin.left + x, y, w, small * 1.2, url);
      }
    };
    doc.font('regular').fontSize(small).fillColor('#666666');
    doc.text(chrome.header, page.margin.left, top, { width, lineBreak: false, ellipsis: true, height: small * 1.4 });
    linkIn(chrome.header, top, width);
    doc
      .moveTo(page.margin.left, top + small * 1.5)
      .lineTo(page.width - page.margin.right, top + small * 1.5)
      .lineWidth(0.4)
      .strokeColor(chrome.ruleColor)
      .stroke();
    doc.font('regular').fontSize(small).fillColor('#666666');
    const rightWidth = chrome.footerRight ? doc.widthOfString(chrome.footerRight) + 10 : 0;
    doc.text(chrome.footer, page.margin.left, bottom, { width: width - rightWidth, lineBreak: false, ellipsis: true, height: small * 1.4 });
    linkIn(chrome.footer, bottom, width - rightWidth);
    if (chrome.footerRight) doc.text(chrome.footerRight, page.width - page.margin.right - rightWidth + 10, bottom, { lineBreak: false });
    for (const op of layout.ops) {
      switch (op.type) {
        case 'text':
          doc.font(op.font).fontSize(op.size).fillColor(op.color);
          doc.text(op.text, op.x, op.y, { lineBreak: false, ...(op.link ? { link: op.link, underline: true } : {}) });
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
