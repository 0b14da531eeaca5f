// The library API: read, analyse, build, render — each stage usable alone.
// The only place a template is loaded by default; every module below takes the loaded template as an argument.
import { briefText as briefWith, type BriefTextOptions } from './brief-article.js';
import { loadTemplate, renderMarkdown as renderWith, type PagePlace, type Template } from './markdown/index.js';
import type { BriefOutputs } from './outputs.js';
import { renderPdf as renderPdfWith, type PdfOptions, type PdfResult } from './pdf/index.js';
import type { Brief, SectionLimits } from './types.js';

export { readArticle, detectFormat, decodeInput } from './read/index.js';
export { analyzeArticle, defaultExtractors } from './analyze/analyze-article.js';
export { buildBrief } from './build-brief.js';
export { templateData, loadTemplate, type Template } from './markdown/index.js';
export { locateTemplate, listTemplateLocations, ejectTemplate, userTemplatesDir } from './markdown/index.js';
export { defaultHelpers, formatDate, joinWords, likelihoodOf, truncateWords } from './markdown/index.js';
export { pageBox, pageSettings, creationDateFor } from './pdf/index.js';
export { briefSchema, SCHEMA_FILE } from './schema.js';
export { briefToJson } from './brief-article.js';
export { OUTPUTS, OUTPUT_FORMATS, outputOf, type BriefOutputs, type OutputKind } from './outputs.js';
export { BriefError, isBriefError, formatBriefError } from './errors.js';
export type * from './types.js';

/** The brief as Markdown through a template ("default" unless given). */
export function renderMarkdown(brief: Brief, template: Template = loadTemplate(), limits?: Partial<SectionLimits>, place?: PagePlace): string {
  return renderWith(brief, template, limits, place);
}

/** The brief on one PDF page, laid out by a template ("default" unless given). */
export function renderPdf(brief: Brief, options: Partial<PdfOptions> = {}): Promise<PdfResult> {
  return renderPdfWith(brief, { ...options, template: options.template ?? loadTemplate() });
}

/** One article's text → every requested output, in memory, through a template ("default" unless given). */
export function briefText(text: string, options: Omit<BriefTextOptions, 'template'> & { template?: Template }): Promise<BriefOutputs> {
  return briefWith(text, { ...options, template: options.template ?? loadTemplate() });
}
