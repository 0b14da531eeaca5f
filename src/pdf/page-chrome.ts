// The page chrome a template sets: running header and footer text, and the rule and accent colours.
import { basename } from 'node:path';
import type { ArticleMeta, ChromeField, ChromeSettings, PageLayout } from '../types.js';
import { formatDate } from '../markdown/helpers.js';
import { isLinkable } from '../markdown/markdown-escape.js';
import { defaultTheme } from './layout-markdown.js';

/** A local source as the page names it: the file's own name, or "standard input" for "-". */
function sourceName(source: string): string {
  return source === '-' ? 'standard input' : basename(source);
}

function fieldValues(meta: ArticleMeta): Record<ChromeField, string> {
  return {
    headline: meta.headline,
    // The brief's own header says "Unknown outlet" once; the running head leaves the field out.
    outlet: meta.outlet ?? '',
    // One way on every page: the day as the date helper writes it; the page's own wording only when no date was read.
    date: meta.published ? formatDate(meta.published) : (meta.publishedText ?? ''),
    // The article's address when it has one (the page's canonical URL, or the one it was fetched from), else the file's name:
    // the folders it was read from are the reader's own layout, and would make the same article's PDF differ by where it lay.
    source: meta.url ?? sourceName(meta.source),
    credit: meta.credit ?? '',
  };
}

/**
 * Fills a header or footer pattern: `{field}` takes the article's value, and a `[…]` group is dropped whole when
 * a field inside it is empty (so "[  ·  {date}]" leaves no stray separator on an undated article).
 */
export function fillChrome(pattern: string, meta: ArticleMeta): string {
  const values = fieldValues(meta);
  const fill = (text: string): string => text.replace(/\{(\w+)\}/g, (_, name: string) => values[name as ChromeField] ?? '');
  const hasEmpty = (text: string): boolean => [...text.matchAll(/\{(\w+)\}/g)].some((m) => !values[m[1] as ChromeField]);
  // One pass, so a value that happens to contain braces is never filled again.
  return pattern.replace(/\[([^\]]*)\]|[^[]+|\[/g, (part, group: string | undefined) =>
    group === undefined ? fill(part) : hasEmpty(group) ? '' : fill(group),
  );
}

/** The web address a filled header or footer shows, to be made a link where it is printed; null when it shows none. */
export function chromeLink(text: string, meta: ArticleMeta): string | null {
  const address = meta.url ?? meta.source;
  return isLinkable(address) && text.includes(address) ? address : null;
}
