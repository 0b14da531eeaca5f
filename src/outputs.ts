// The output registry: each format a brief can be written as, with its file extension and how it is made.
// The CLI (--format choices and help), the batch (file names, outputOf) and briefText all read this one table.
import { markBrief } from './read/brief-mark.js';
import { BriefError } from './errors.js';
import { renderMarkdown } from './markdown/render-markdown.js';
import type { Template } from './markdown/template.js';
import { renderPdf, type PdfOptions } from './pdf/render-pdf.js';
import type { Brief, FitResult, OutputFormat } from './types.js';
import { OUTPUT_EXTENSIONS } from './output-formats.js';

/** What briefing one article made, in memory: the brief and every requested output. */
export interface BriefOutputs {
  brief: Brief;
  markdown?: string;
  json?: string;
  pdf?: Buffer;
  fit?: FitResult;
  /** What an output shows differently from what was asked (an address drawn as text), one line each. */
  warnings?: string[];
}

/** What every maker gets: the loaded template, the page overrides, and all outputs written (for "see the …" notes). */
export interface MakeContext {
  template: Template;
  pdf: Omit<PdfOptions, 'template'>;
  written: readonly OutputFormat[];
}

export interface OutputKind {
  /** File extension, with its dot. */
  extension: string;
  /** Makes this output and returns the fields of BriefOutputs it fills. */
  make: (brief: Brief, context: MakeContext) => Promise<Partial<BriefOutputs>>;
  /** This output's bytes or text, once made. */
  take: (outputs: BriefOutputs) => string | Uint8Array | undefined;
  /** What a file of this output holds, when that differs from what standard output gets. */
  toFile?: (value: string | Uint8Array) => string | Uint8Array;
}

/** The JSON output: the brief data, stable key order, two-space indent, final newline. */
export function briefToJson(brief: Brief): string {
  return `${JSON.stringify(brief, null, 2)}\n`;
}

/** One maker per format of OUTPUT_FORMATS (src/output-formats.ts), in its order. */
export const OUTPUTS: Readonly<Record<OutputFormat, OutputKind>> = {
  pdf: {
    extension: OUTPUT_EXTENSIONS.pdf,
    make: async (brief, { template, pdf, written }) => {
      const result = await renderPdf(brief, { ...pdf, template, written });
      return { pdf: result.pdf, fit: result.fit, warnings: result.warnings };
    },
    take: (outputs) => outputs.pdf,
  },
  md: {
    extension: OUTPUT_EXTENSIONS.md,
    make: async (brief, { template, written }) => ({ markdown: renderMarkdown(brief, template, undefined, { self: 'md', written }) }),
    // A file ends on the mark, so a folder briefed again passes it over; standard output gets the template's text alone.
    toFile: (value) => markBrief(String(value)),
    take: (outputs) => outputs.markdown,
  },
  json: {
    extension: OUTPUT_EXTENSIONS.json,
    make: async (brief) => ({ json: briefToJson(brief) }),
    take: (outputs) => outputs.json,
  },
};

export { isOutputFormat, OUTPUT_FORMATS } from './output-formats.js';

/** One output of a briefed input, in memory. */
export function outputOf(outputs: BriefOutputs, format: OutputFormat): string | Uint8Array {
  const value = OUTPUTS[format].take(outputs);
  if (value === undefined) throw new BriefError('RENDER_FAILED', `no ${format} output was made`);
  return value;
}

/** One output of a briefed input, as its file holds it. */
export function fileOutputOf(outputs: BriefOutputs, format: OutputFormat): string | Uint8Array {
  const value = outputOf(outputs, format);
  return OUTPUTS[format].toFile?.(value) ?? value;
}
