// renderMarkdown: brief data + template → Markdown. The same template serves the .md file and the PDF.
import { SECTION_NAMES, type Brief, type SectionLimits, type SectionName } from '../types.js';
import { escapeData } from './markdown-escape.js';
import { loadTemplate, type Template } from './template.js';

export interface Section<T> {
  items: T[];
  /** How many items the page leaves out for lack of room. */
  more: number;
  total: number;
}

export interface TemplateData {
  meta: Brief['meta'];
  summary: Section<Brief['summary'][number]>;
  quotes: Section<Brief['quotes'][number] & { firstOfSpeaker: boolean }>;
  concerns: Section<Brief['concerns'][number]>;
  unconfirmed: Section<Brief['unconfirmed'][number]>;
  warnings: Brief['warnings'];
}

function section<T>(items: readonly T[], limit: number): Section<T> {
  const shown = items.slice(0, Math.max(0, limit));
  return { items: shown, more: items.length - shown.length, total: items.length };
}

/** Flags the first quote of each speaker, so a template can give the title once. */
function markFirstOfSpeaker(quotes: Brief['quotes']): Array<Brief['quotes'][number] & { firstOfSpeaker: boolean }> {
  const seen = new Set<string>();
  return quotes.map((q) => {
    const name = q.speaker?.name ?? '';
    const firstOfSpeaker = !seen.has(name);
    seen.add(name);
    return { ...q, firstOfSpeaker };
  });
}

/** The data a template sees; `limits` caps each section (the PDF uses it to fit one page). */
export function templateData(brief: Brief, limits?: Partial<SectionLimits>): TemplateData {
  const limit = (name: SectionName): number => limits?.[name] ?? Number.POSITIVE_INFINITY;
  return escapeData({
    meta: brief.meta,
    summary: section(brief.summary, limit('summary')),
    quotes: section(markFirstOfSpeaker(brief.quotes), limit('quotes')),
    concerns: section(brief.concerns, limit('concerns')),
    unconfirmed: section(brief.unconfirmed, limit('unconfirmed')),
    warnings: brief.warnings,
  });
}

export function fullLimits(brief: Brief): SectionLimits {
  return Object.fromEntries(SECTION_NAMES.map((name) => [name, brief[name].length])) as SectionLimits;
}

/** Renders the brief as Markdown, tidying the blank lines that template blocks leave. */
export function renderMarkdown(brief: Brief, template: Template = loadTemplate(), limits?: Partial<SectionLimits>): string {
  const markdown = template.render(templateData(brief, limits));
  return markdown.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
