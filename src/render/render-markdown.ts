// renderMarkdown: brief data + template → Markdown. The same template serves the .md file and the PDF.
import { SECTION_NAMES, type Brief, type SectionLimits, type SectionName, type TemplateData } from '../types.js';
import { escapeData } from './markdown-escape.js';
import { loadTemplate, type Template } from './template.js';

/** Flags the first quote of each speaker, so a template can give the title once. */
function markFirstOfSpeaker(quotes: Brief['quotes']): TemplateData['quotes'] {
  const seen = new Set<string>();
  return quotes.map((q) => {
    const name = q.speaker?.name ?? '';
    const firstOfSpeaker = !seen.has(name);
    seen.add(name);
    return { ...q, firstOfSpeaker };
  });
}

const counts = (f: (name: SectionName) => number): SectionLimits => Object.fromEntries(SECTION_NAMES.map((n) => [n, f(n)])) as SectionLimits;

/** The data a template sees: each section cut to `limits` (the PDF uses them to fit one page), text Markdown-escaped. */
export function templateData(brief: Brief, limits?: Partial<SectionLimits>): TemplateData {
  const shown = counts((name) => Math.max(0, Math.min(brief[name].length, limits?.[name] ?? Number.POSITIVE_INFINITY)));
  return escapeData({
    ...brief,
    summary: brief.summary.slice(0, shown.summary),
    quotes: markFirstOfSpeaker(brief.quotes).slice(0, shown.quotes),
    concerns: brief.concerns.slice(0, shown.concerns),
    unconfirmed: brief.unconfirmed.slice(0, shown.unconfirmed),
    page: { total: counts((name) => brief[name].length), more: counts((name) => brief[name].length - shown[name]) },
  });
}

/** Every item of every section, within the template's own caps. */
export function fullLimits(brief: Brief, template?: Template): SectionLimits {
  return counts((name) => Math.min(brief[name].length, template?.settings.maxItems[name] ?? Number.POSITIVE_INFINITY));
}

/** Renders the brief as Markdown, tidying the blank lines that template blocks leave. */
export function renderMarkdown(brief: Brief, template: Template = loadTemplate(), limits: Partial<SectionLimits> = fullLimits(brief, template)): string {
  const markdown = template.render(templateData(brief, limits));
  return markdown.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
