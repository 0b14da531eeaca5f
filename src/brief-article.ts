// The whole pipeline for one article: read → analyse → build → render, with every output made in memory.
import { analyzeArticle } from './analyze/analyze-article.js';
import { buildBrief } from './build-brief.js';
import { readArticle, type ReadOptions } from './read/index.js';
import type { Template } from './markdown/template.js';
import { OUTPUTS, type BriefOutputs } from './outputs.js';
import type { PdfOptions } from './pdf/render-pdf.js';
import type { OutputFormat, Warning } from './types.js';

export type { OutputFormat } from './types.js';
export { briefToJson, type BriefOutputs } from './outputs.js';

export interface BriefTextOptions extends ReadOptions {
  formats: readonly OutputFormat[];
  /** Loaded once by the caller; the public facade (index.ts) loads the default when none is given. */
  template: Template;
  pdf?: Omit<PdfOptions, 'template'>;
}

const TOLD: ReadonlySet<Warning['code']> = new Set(['not-english', 'missing-glyphs', 'long-article']);

export async function briefText(text: string, options: BriefTextOptions): Promise<BriefOutputs> {
  const article = readArticle(text, options);
  const brief = buildBrief(article, analyzeArticle(article));
  const out: BriefOutputs = { brief };
  const context = { template: options.template, pdf: options.pdf ?? {}, written: options.formats };
  for (const format of options.formats) Object.assign(out, await OUTPUTS[format].make(brief, context));
  // What the reader would otherwise miss on the page (a language the sections cannot read, glyphs left out, an article cut
  // at its length limit) is told on stderr too; the per-quote warnings stay in the JSON.
  const told = brief.warnings.filter((w) => TOLD.has(w.code)).map((w) => w.message);
  if (told.length > 0) out.warnings = [...told, ...(out.warnings ?? [])];
  return out;
}
