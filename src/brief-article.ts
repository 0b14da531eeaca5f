// The whole pipeline for one article: read → analyse → build → render, with every output made in memory.
import { analyzeArticle } from './analyze/analyze-article.js';
import { buildBrief } from './build-brief.js';
import { readArticle, type ReadOptions } from './read/index.js';
import { renderMarkdown } from './markdown/render-markdown.js';
import { renderPdf, type PdfOptions, type PdfResult } from './pdf/render-pdf.js';
import { loadTemplate, type Template } from './markdown/template.js';
import type { Brief, FitResult, OutputFormat } from './types.js';

export type { OutputFormat } from './types.js';

export interface BriefOutputs {
  brief: Brief;
  markdown?: string;
  json?: string;
  pdf?: Buffer;
  fit?: FitResult;
}

export interface BriefTextOptions extends ReadOptions {
  formats: readonly OutputFormat[];
  template?: Template;
  pdf?: Omit<PdfOptions, 'template'>;
}

/** The JSON output: the brief data, stable key order, two-space indent, final newline. */
export function briefToJson(brief: Brief): string {
  return JSON.stringify(brief, null, 2) + '\n';
}

export async function briefText(text: string, options: BriefTextOptions): Promise<BriefOutputs> {
  const article = readArticle(text, options);
  const brief = buildBrief(article, analyzeArticle(article));
  const template = options.template ?? loadTemplate();
  const out: BriefOutputs = { brief };
  for (const format of options.formats) {
    switch (format) {
      case 'md':
        out.markdown = renderMarkdown(brief, template, undefined, { self: 'md', written: options.formats });
        break;
      case 'json':
        out.json = briefToJson(brief);
        break;
      case 'pdf': {
        const result: PdfResult = await renderPdf(brief, { ...options.pdf, template, written: options.formats });
        out.pdf = result.pdf;
        out.fit = result.fit;
        break;
      }
      default: {
        const never: never = format;
        throw new Error(`unknown output format ${String(never)}`);
      }
    }
  }
  return out;
}
