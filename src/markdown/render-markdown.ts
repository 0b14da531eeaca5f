// renderMarkdown: brief data + template → Markdown. The same template serves the .md file and the PDF.
import { perSection, SECTION_NAMES, type SectionName } from '../sections.js';
import type { Brief, OutputFormat, SectionLimits, SectionLists, TemplateData } from '../types.js';
import { truncateChars } from './helpers.js';
import { escapeData, markdownAddress } from './markdown-escape.js';
import { distinctQuotes, elsewhereOf, pageLines } from './page-lines.js';
import type { Template } from './template.js';

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

const counts = (f: (name: SectionName) => number): SectionLimits => perSection((s) => f(s.name));

/** Where this rendering stands among the outputs of one run, so that a note on what was left out points elsewhere. */
export interface PagePlace {
  /** The output being rendered: the Markdown brief, or the PDF page. */
  self: OutputFormat;
  /** Every output the run writes for this article. */
  written: readonly OutputFormat[];
}

/** The Markdown brief on its own: nothing else written beside it. */
const MARKDOWN_ALONE: PagePlace = { self: 'md', written: ['md'] };

/** The most characters a header field shows on the page; the JSON keeps it whole. A headline of a few thousand characters would fill the page. */
const HEADER_CAPS = { headline: 240, outlet: 80, byline: 160, standfirst: 400, publishedText: 80 } as const;

/** The article's header fields as the page shows them: each cut to its cap with an ellipsis. */
function shownMeta(meta: Brief['meta']): Brief['meta'] {
  const out = { ...meta };
  for (const [field, max] of Object.entries(HEADER_CAPS) as Array<[keyof typeof HEADER_CAPS, number]>) {
    const value = out[field];
    if (typeof value === 'string') out[field] = truncateChars(value, max);
  }
  return out;
}

/** Items sorted by where they stand in the article: their sentence, then their place in it. */
const inArticleOrder = <T extends { text: string; source: { sentence: string; sentenceIndex: number } }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => a.source.sentenceIndex - b.source.sentenceIndex || a.source.sentence.indexOf(a.text) - b.source.sentence.indexOf(b.text));

/** A brief's escaped items by the counts shown, made once for them: the Markdown brief and the page's first try show the same counts. */
const shownItems = new WeakMap<Brief, Map<string, Omit<TemplateData, 'page'>>>();

/** The brief's escaped data for a template but its `page` (which says where the page stands among the outputs). */
function itemsShown(brief: Brief, shown: SectionLimits): Omit<TemplateData, 'page'> {
  let byCounts = shownItems.get(brief);
  if (byCounts === undefined) {
    byCounts = new Map();
    shownItems.set(brief, byCounts);
  }
  const key = SECTION_NAMES.map((name) => shown[name]).join(' ');
  let items = byCounts.get(key);
  if (items === undefined) {
    items = escapeData({
      ...brief,
      meta: shownMeta(brief.meta),
      // Every section cut to what the page shows; quotes and the page lines of concerns and unconfirmed items then refine theirs.
      ...(perSection((s) => brief[s.name].slice(0, shown[s.name])) as SectionLists),
      ...pageLines(brief, shown),
      // The quotes the ranking chose, in the article's order: a speaker's run reads as it was said, its opening words first.
      quotes: markFirstOfSpeaker(distinctQuotes(inArticleOrder(brief.quotes.slice(0, shown.quotes)))),
    });
    byCounts.set(key, items);
  }
  return items;
}

/** The data a template sees: each section cut to `limits` (the PDF uses them to fit one page), text Markdown-escaped. */
export function templateData(brief: Brief, limits?: Partial<SectionLimits>, place: PagePlace = MARKDOWN_ALONE): TemplateData {
  const shown = counts((name) => Math.max(0, Math.min(brief[name].length, limits?.[name] ?? Number.POSITIVE_INFINITY)));
  const data: TemplateData = {
    ...itemsShown(brief, shown),
    page: escapeData({
      total: counts((name) => brief[name].length),
      more: counts((name) => brief[name].length - shown[name]),
      elsewhere: elsewhereOf(place.written, place.self),
      needsEnglish: brief.warnings.some((w) => w.code === 'not-english'),
    }),
  };
  // Addresses print clean and as links: `{{meta.url}}` is `<https://…>`, never `https:\/\/…`.
  const { url, source } = brief.meta;
  return { ...data, meta: { ...data.meta, url: url === null ? null : markdownAddress(url), source: markdownAddress(source) } };
}

/** Every item of every section, within the template's own caps. */
export function fullLimits(brief: Brief, template?: Template): SectionLimits {
  return counts((name) => Math.min(brief[name].length, template?.settings.maxItems[name] ?? Number.POSITIVE_INFINITY));
}

/** Renders the brief as Markdown, tidying the blank lines that template blocks leave. */
export function renderMarkdown(
  brief: Brief,
  template: Template,
  limits: Partial<SectionLimits> = fullLimits(brief, template),
  place: PagePlace = MARKDOWN_ALONE,
): string {
  const markdown = template.render(templateData(brief, limits, place));
  return `${markdown
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
