// Fitting the brief onto one page: shrink the type first (not below 8 pt), then leave out the lowest-ranked items.
import { perSection, SECTION_NAMES, type SectionName } from '../sections.js';
import type { Brief, FitResult, OutputFormat, PageBox, PageLayout, SectionLimits } from '../types.js';
import type { Token } from 'marked';
import type { Measure } from './layout/context.js';
import { truncateWords } from '../markdown/helpers.js';
import { layoutTokens, lexMarkdown } from './layout-markdown.js';
import { fullLimits, renderMarkdown } from '../markdown/render-markdown.js';
import type { Template } from '../markdown/template.js';

export interface FitOptions {
  page: PageBox;
  /** Body size to start from, and the smallest allowed. */
  fontSize: number;
  minFontSize: number;
  template: Template;
  /** Every output written for this article: the page's notes on left-out items point to them. */
  written?: readonly OutputFormat[];
}

/** Items each section keeps before any other section loses its last one; then the fewest it may show at all. */
const FLOORS: ReadonlyArray<Readonly<SectionLimits>> = [perSection((s) => s.pageFloor), perSection((s) => s.lastFloor)];
const WORD_CAPS = [80, 50, 30, 15];
const NO_ITEMS: Readonly<SectionLimits> = perSection(() => 0);

/** The brief with every item's text cut to `max` words, the cut shown by an ellipsis. */
function capWords(brief: Brief, max: number): Brief {
  const cut = (item: object, fields: readonly string[]): object => {
    const out: Record<string, unknown> = { ...item };
    for (const field of fields) out[field] = truncateWords(String(out[field]), max);
    return out;
  };
  return { ...brief, ...perSection((s) => brief[s.name].map((item) => cut(item, s.wordCapped as readonly string[]))) } as Brief;
}

/** The section to shorten next: the one showing most items above its floor. */
function nextToTrim(limits: SectionLimits, floor: Readonly<SectionLimits>): SectionName | null {
  let best: SectionName | null = null;
  for (const name of SECTION_NAMES) {
    if (limits[name] <= floor[name]) continue;
    if (best === null || limits[name] - floor[name] > limits[best] - floor[best]) best = name;
  }
  return best;
}

/**
 * The first of the limits that trimming one item at a time (nextToTrim, down to `floor`) reaches at which the brief fits,
 * or the last of them; null when nothing is left to trim. It is the one a walk step by step finds, since a page with an
 * item fewer never needs more room, in a binary search's few layouts where the walk made one per item (137 of the
 * corpus's 556 layouts).
 */
export function firstFittingTrim(
  start: Readonly<SectionLimits>,
  floor: Readonly<SectionLimits>,
  attemptAt: (limits: SectionLimits) => Fitted,
): { limits: SectionLimits; result: Fitted } | null {
  const steps: SectionLimits[] = [];
  const limits = { ...start };
  for (let name = nextToTrim(limits, floor); name; name = nextToTrim(limits, floor)) {
    limits[name] -= 1;
    steps.push({ ...limits });
  }
  if (steps.length === 0) return null;
  let low = 0;
  let high = steps.length - 1;
  let last = attemptAt(steps[high] as SectionLimits);
  if (!last.fit.layout.fits) return { limits: steps[high] as SectionLimits, result: last };
  while (low < high) {
    const mid = (low + high) >> 1;
    const tried = attemptAt(steps[mid] as SectionLimits);
    if (tried.fit.layout.fits) {
      high = mid;
      last = tried;
    } else low = mid + 1;
  }
  return { limits: steps[high] as SectionLimits, result: last };
}

/**
 * The largest type-size step (half a point at a time below the first, not under the smallest) at which the brief fits,
 * as a descent step by step would find it, or null. Fitting only gets easier as the type shrinks, so the search starts
 * where the first attempt's overflow points (the height grows at most with the square of the size) and walks up or
 * down from there: two or three layouts where the descent made up to six.
 */
function largestFittingStep(first: PageLayout, options: FitOptions, attemptAt: (size: number) => Fitted): Fitted | null {
  const sizes: number[] = [];
  // Each step is made by subtraction, as the descent made it, so that each size is the same number.
  for (let size = options.fontSize - 0.5; size >= options.minFontSize; size -= 0.5) sizes.push(size);
  if (sizes.length === 0) return null;
  const tried = new Map<number, Fitted>();
  const at = (k: number): Fitted => {
    let result = tried.get(k);
    if (result === undefined) {
      result = attemptAt(sizes[k] as number);
      tried.set(k, result);
    }
    return result;
  };
  const guess = sizes.findIndex((size) => (size / options.fontSize) ** 2 * first.height <= first.available);
  let k = guess < 0 ? sizes.length - 1 : guess;
  if (at(k).fit.layout.fits) {
    while (k > 0 && at(k - 1).fit.layout.fits) k--;
    return at(k);
  }
  for (k += 1; k < sizes.length; k++) if (at(k).fit.layout.fits) return at(k);
  return null;
}

export function fitPage(brief: Brief, options: FitOptions, measure: Measure): FitResult {
  return fitPageTokens(brief, options, measure).fit;
}

/** A fit with the tokens of its Markdown, which the PDF renderer reads again (links it cannot draw) instead of lexing them anew. */
export interface Fitted {
  fit: FitResult;
  /** marked's block tokens of `fit.markdown`, as layoutTokens read them (never changed). */
  tokens: readonly Token[];
}

/** fitPage, giving the fitted Markdown's tokens too. */
export function fitPageTokens(brief: Brief, options: FitOptions, measure: Measure): Fitted {
  const full = fullLimits(brief, options.template);
  // The type-size steps lay out the same Markdown again: it is rendered and lexed once for them.
  let last: { data: Brief; limits: string; markdown: string; tokens: ReturnType<typeof lexMarkdown> } | null = null;
  const attempt = (data: Brief, limits: SectionLimits, fontSize: number, maxWords: number | null): Fitted => {
    const key = JSON.stringify(limits);
    if (last === null || last.data !== data || last.limits !== key) {
      const markdown = renderMarkdown(data, options.template, limits, { self: 'pdf', written: options.written ?? ['pdf'] });
      last = { data, limits: key, markdown, tokens: lexMarkdown(markdown) };
    }
    const { markdown, tokens } = last;
    const { accentColor: accent, ruleColor: rule } = options.template.settings;
    const layout = layoutTokens(tokens, { page: options.page, fontSize, theme: { accent, rule } }, measure);
    // Items the template caps itself (maxItems) are not "left out": the Markdown leaves them out too.
    const omitted = Object.fromEntries(SECTION_NAMES.map((n) => [n, Math.max(0, full[n] - limits[n])])) as SectionLimits;
    return { fit: { type: 'fit', layout, markdown, limits: { ...limits }, omitted, maxWords }, tokens };
  };
  let result = attempt(brief, full, options.fontSize, null);
  if (result.fit.layout.fits) return result;
  const stepped = largestFittingStep(result.fit.layout, options, (size) => attempt(brief, full, size, null));
  if (stepped !== null) return stepped;
  const size = options.minFontSize;
  // A page holds a dozen items per section at most: start the search there.
  const limits: SectionLimits = { ...full };
  for (const name of SECTION_NAMES) limits[name] = Math.min(limits[name], 12);
  // Each floor's search starts where the last one ended, whose layout is `result` already.
  result = attempt(brief, limits, size, null);
  for (const floor of FLOORS) {
    if (result.fit.layout.fits) return result;
    const found = firstFittingTrim(limits, floor, (trimmed) => attempt(brief, trimmed, size, null));
    if (found) {
      Object.assign(limits, found.limits);
      result = found.result;
    }
  }
  if (result.fit.layout.fits) return result;
  for (const cap of WORD_CAPS) {
    result = attempt(capWords(brief, cap), limits, size, cap);
    if (result.fit.layout.fits) return result;
  }
  // Last, at the shortest cap, sections give up even their floor items, down to none: only a template's own text can still overrun.
  const cap = WORD_CAPS[WORD_CAPS.length - 1] ?? null;
  const capped = cap === null ? brief : capWords(brief, cap);
  return firstFittingTrim(limits, NO_ITEMS, (trimmed) => attempt(capped, trimmed, size, cap))?.result ?? result;
}
