// renderPdf: the brief on exactly one page — the template's Markdown, laid out and drawn with the embedded font.
import { BriefError } from '../errors.js';
import type { Brief, FitResult, OutputFormat, PageBox, PageSettings, PageSize } from '../types.js';
import { elsewhereOf } from '../markdown/page-lines.js';
import { SECTIONS } from '../sections.js';
import { fitPageTokens } from './fit-page.js';
import { linkWarnings } from './link-warnings.js';
import { chromeLink, fillChrome } from './page-chrome.js';
import { openPdf } from './pdf-document.js';
import type { Template } from '../markdown/template.js';

export type { PageSize } from '../types.js';

export interface PdfOptions extends Partial<PageSettings> {
  /** The template, loaded once by the caller; its settings give the page unless an option here overrides them. */
  template: Template;
  minFontSize?: number;
  /** Fixed creation date; defaults to SOURCE_DATE_EPOCH, then the article's date, then 2000-01-01. */
  creationDate?: Date;
  /** Every output written for this article, so that the page says where left-out items are; the PDF alone by default. */
  written?: readonly OutputFormat[];
}

const SIZES: Readonly<Record<PageSize, [number, number]>> = { A4: [595.28, 841.89], Letter: [612, 792] };

export function pageBox(size: PageSize = 'A4', margin = 50): PageBox {
  const [width, height] = SIZES[size];
  return { width, height, margin: { top: margin + 8, right: margin, bottom: margin, left: margin } };
}

/** The page a brief is drawn on: the template's settings, then the caller's overrides. */
export function pageSettings(template: Template, overrides: Partial<PageSettings> = {}): PageSettings {
  const { pageSize, margin, fontSize, fontFamily } = template.settings;
  const given = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) as Partial<PageSettings>;
  return { pageSize, margin, fontSize, fontFamily, ...given };
}

/** A creation date that never comes from the clock, so the same input gives the same bytes. */
export function creationDateFor(brief: Brief, env: Readonly<Record<string, string | undefined>> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  const published = brief.meta.published;
  // A date-time with its offset is an instant; a bare day stands for its midnight UTC.
  if (published) return new Date(published.includes('T') ? published : `${published}T00:00:00Z`);
  return new Date('2000-01-01T00:00:00Z');
}

/** The footer's note on what the page leaves out, pointing only to outputs that are written. */
export function omittedNote(fit: FitResult, written: readonly OutputFormat[] = ['pdf']): string {
  const total = Object.values(fit.omitted).reduce((a, b) => a + b, 0);
  const elsewhere = elsewhereOf(written, 'pdf');
  if (total > 0) return `${total} more item${total === 1 ? '' : 's'}${elsewhere ? ` ${elsewhere}` : ' not shown'}`;
  if (fit.maxWords === null) return '';
  return elsewhere ? `long items shortened; full text ${elsewhere}` : 'long items shortened';
}

/** Sections the page had to show less of than its last floor (the summary's one line, say): said as a warning, not only on the page. */
function fitWarnings(brief: Brief, fit: FitResult): string[] {
  const short = SECTIONS.filter((s) => fit.limits[s.name] < Math.min(s.lastFloor, brief[s.name].length)).map((s) => s.name);
  return short.length > 0 ? [`the template leaves so little room that the page shows no ${short.join(' and no ')} item`] : [];
}

export interface PdfResult {
  pdf: Buffer;
  fit: FitResult;
  /** What the page shows differently from what was asked, e.g. an address drawn as text instead of a link. */
  warnings: string[];
}

export async function renderPdf(brief: Brief, options: PdfOptions): Promise<PdfResult> {
  const { template, minFontSize = 8, creationDate, written = ['pdf'], ...overrides } = options;
  const o = pageSettings(template, overrides);
  const page = pageBox(o.pageSize, o.margin);
  const meta = brief.meta;
  const canvas = openPdf(page, o.fontFamily, {
    title: meta.headline,
    author: [meta.outlet, meta.byline].filter(Boolean).join(' · ') || undefined,
    subject: `One-page brief of “${meta.headline}”`,
    keywords: 'brief, summary, quotes, concerns, unconfirmed',
    creationDate: creationDate ?? creationDateFor(brief),
  });
  const { fit, tokens } = fitPageTokens(
    brief,
    { page, fontSize: o.fontSize, minFontSize: Math.min(minFontSize, o.fontSize), template, written },
    canvas.measure,
  );
  // With every item left out and every field capped, only the template's own text can still overrun the page.
  if (!fit.layout.fits)
    throw new BriefError('TEMPLATE_INVALID', `the template's own text does not fit on one page, even at ${fit.layout.fontSize} pt with every item left out`, {
      hint: 'shorten the template',
    });
  const chrome = template.settings;
  const header = fillChrome(chrome.header, meta);
  const footer = fillChrome(chrome.footer, meta);
  const links = [chromeLink(header, meta), chromeLink(footer, meta)].filter((url): url is string => url !== null);
  const pdf = await canvas.finish(fit.layout, { header, footer, footerRight: omittedNote(fit, written), ruleColor: chrome.ruleColor, links });
  return { pdf, fit, warnings: [...fitWarnings(brief, fit), ...linkWarnings(tokens, meta)] };
}
