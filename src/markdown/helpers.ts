// Helpers every template can use. Each takes brief data (already Markdown-escaped) and returns Markdown-safe text.
import type Handlebars from 'handlebars';
import { lexicons } from '../lexicon.js';
import type { SourceRef } from '../types.js';
import { joinWords } from '../front-matter.js';
import { escapeMarkdown, markdownAddress } from './markdown-escape.js';

type HelperOptions = { hash?: Record<string, unknown>; fn?: (context: unknown) => string; data?: { root?: { meta?: { paragraphs?: number } } } };
type Helper = (...args: unknown[]) => unknown;

/** Month names from the calendar lexicon, capitalised for the page. */
const monthName = (n: number): string | undefined => {
  const month = lexicons().months[n - 1];
  return month ? month.charAt(0).toUpperCase() + month.slice(1) : undefined;
};

/** Handlebars passes its options object last; helpers with optional arguments drop it. */
function args(raw: unknown[]): { values: unknown[]; hash: Record<string, unknown> } {
  const last = raw[raw.length - 1] as HelperOptions | undefined;
  return { values: raw.slice(0, -1), hash: last?.hash ?? {} };
}

function pick(value: unknown, key: string | undefined): unknown {
  if (!key) return value;
  return key
    .split('.')
    .reduce<unknown>((v, k) => (v !== null && typeof v === 'object' && Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined), value);
}

/** `(list, "field.path")` → the non-empty values of that field, in order; the list's items when no field is named. */
function fieldValues(raw: unknown[]): { values: unknown[]; hash: Record<string, unknown> } {
  const { values, hash } = args(raw);
  const list = Array.isArray(values[0]) ? (values[0] as unknown[]) : [];
  const key = typeof values[1] === 'string' ? values[1] : undefined;
  return { values: list.map((item) => pick(item, key)).filter((v) => v !== null && v !== undefined && v !== ''), hash };
}

/** `(list field=value …)` → the items whose fields match: `null` asks for an empty field, `true` for a set one, else equal. */
function whereItems(raw: unknown[]): unknown[] {
  const { values, hash } = args(raw);
  const list = Array.isArray(values[0]) ? (values[0] as unknown[]) : [];
  const matches = (item: unknown, key: string, want: unknown): boolean => {
    const have = pick(item, key) ?? null;
    if (want === null || want === undefined) return have === null || have === '';
    if (want === true) return have !== null && have !== '' && have !== false;
    return have === want;
  };
  return list.filter((item) => Object.entries(hash).every(([key, want]) => matches(item, key, want)));
}

/** `(list item)` → the items not drawn from the sentence `item` was drawn from (a section's lines besides the bottom line). */
function besidesItem(list: unknown, item: unknown): unknown[] {
  const sentence = (v: unknown): unknown => pick(v, 'source.sentenceIndex');
  const taken = sentence(item);
  return (Array.isArray(list) ? list : []).filter((v) => taken === undefined || sentence(v) !== taken);
}

export { joinWords };

/** The first `max` words, with " …" when words were cut. */
export function truncateWords(text: string, max: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= max ? text : `${words.slice(0, max).join(' ')} …`;
}

/** At most `max` characters, cut at a word boundary when one is near, with "…" when it was cut (a long field never overruns the page). */
export function truncateChars(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max).join('');
  const space = head.search(/\s\S*$/);
  // A word boundary in the last fifth is the cut; one enormous word is cut where the room ends.
  return `${(space > max * 0.8 ? head.slice(0, space) : head).trimEnd()} …`;
}

/** An ISO date (YYYY-MM-DD) as "22 May 2024" (long), "May 22, 2024" (us), "22 May" (short) or as it is (iso). */
export function formatDate(iso: string, style = 'long'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [, year, monthNumber, dayNumber] = m;
  if (year === undefined || monthNumber === undefined || dayNumber === undefined) return iso;
  const month = monthName(Number(monthNumber)) ?? monthNumber;
  const day = String(Number(dayNumber));
  switch (style) {
    case 'long':
      return `${day} ${month} ${year}`;
    case 'us':
      return `${month} ${day}, ${year}`;
    case 'short':
      return `${day} ${month}`;
    case 'iso':
      return `${year}-${monthNumber}-${dayNumber}`;
    default:
      throw new Error(`date: unknown style "${style}" (long, us, short, iso)`);
  }
}

/** The ICD-203 wording for a likelihood word ("likely" → "likely (55–80%)"), or "" when the cue is not one. */
export function likelihoodOf(cue: string): string {
  const found = lexicons().unconfirmedCues.find((c) => c.likelihood && c.pattern.test(cue));
  return found?.likelihood ?? '';
}

/** What a printed cue is followed by: ", likely (55–80%)", or " (55–80%)" when the term is the cue's own words; "" for none. */
export function likelihoodNote(item: { likelihood: string | null; cue?: unknown }): string {
  const term = item.likelihood ?? '';
  if (!term) return '';
  const [, words, band] = /^(.*?)\s*(\([^()]*\))$/.exec(term) ?? [];
  const cue = String(item.cue ?? '')
    .trim()
    .toLowerCase();
  return band && words?.toLowerCase() === cue ? ` ${band}` : `, ${term}`;
}

/** An unconfirmed item (or anything else) that states its likelihood, so the lexicon need not be matched again. */
function isItemWithLikelihood(value: unknown): value is { likelihood: string | null } {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, 'likelihood');
}

/** `{{#link meta.url}}…{{/link}}`: the block as a Markdown link to the address, or the block alone when there is none. */
function link(this: unknown, url: unknown, options: HelperOptions): string {
  const inner = options.fn ? options.fn(this) : '';
  if (typeof url !== 'string' || url === '') return inner;
  // Brief data holds addresses as autolinks already (`<https://…>`), which also serve as link destinations.
  const address = url.startsWith('<') ? url : markdownAddress(url);
  return address.startsWith('<') ? `[${inner}](${address})` : inner;
}

/** A title as a reader says it after a name: "Vermont Sen." → "Vermont senator", "Rep." → "representative". */
export function roleOf(title: string): string {
  const { titleAbbreviations, titles } = lexicons();
  let expanded = false;
  return title
    .split(/\s+/)
    .map((word) => {
      const role = /^\p{Lu}\p{Ll}*\.$/u.test(word) ? titleAbbreviations.get(word.slice(0, -1).toLowerCase()) : undefined;
      if (role) expanded = true;
      // "Lt. General" → "lieutenant general": the rest of a title an abbreviation opened takes the same case.
      return role ?? (expanded && titles.has(word.toLowerCase()) ? word.toLowerCase() : word);
    })
    .join(' ');
}

/** The helpers by name; `registerHelpers` installs them in one Handlebars environment. */
export function defaultHelpers(): Record<string, Helper> {
  return {
    link: link as Helper,
    // In an article of one paragraph every item is in ¶1: the sentence is what tells the reader where to look. A no-break
    // space keeps "sentence" and its number on one line, on the page and in a browser.
    ref: (source, options) =>
      (options as HelperOptions | undefined)?.data?.root?.meta?.paragraphs === 1
        ? `sentence\u00a0${(source as SourceRef).sentenceIndex + 1}`
        : `¶${(source as SourceRef).paragraph}`,
    number: (index) => String(Number(index) + 1),
    plural: (count, one, many) => (count === 1 ? one : many),
    escape: (text) => escapeMarkdown(String(text ?? '')),
    truncate: (text, max) => truncateWords(String(text ?? ''), Number(max)),
    join: (...raw) => {
      const { values, hash } = fieldValues(raw);
      return joinWords(values.map(String), String(hash.conjunction ?? 'and'));
    },
    unique: (...raw) => [...new Set(fieldValues(raw).values)],
    where: (...raw) => whereItems(raw),
    besides: (list, item) => besidesItem(list, item),
    date: (...raw) => {
      const { values } = args(raw);
      return values[0] ? formatDate(String(values[0]), typeof values[1] === 'string' ? values[1] : 'long') : '';
    },
    // An item already carries its likelihood (analysis matched the cue once): read it; only a bare cue is matched here.
    likelihoodOf: (value) => (isItemWithLikelihood(value) ? (value.likelihood ?? '') : likelihoodOf(String(value ?? ''))),
    // "cue: “likely” (55–80%)", not "“likely”, likely (55–80%)": the band alone when the term only repeats the cue.
    likelihoodNote: (value) => likelihoodNote(isItemWithLikelihood(value) ? value : { likelihood: null }),
    eq: (a, b) => a === b,
    role: (title) => roleOf(String(title ?? '')),
    // News needs no label; an opinion column or analysis piece says so, so its judgements read as the author's.
    genre: (genre) => ({ opinion: 'Opinion', analysis: 'Analysis' })[String(genre) as 'opinion' | 'analysis'] ?? '',
  };
}

export function registerHelpers(env: typeof Handlebars): void {
  // "log" writes to the console: a template has no business there.
  env.unregisterHelper('log');
  for (const [name, helper] of Object.entries(defaultHelpers())) env.registerHelper(name, helper);
}
