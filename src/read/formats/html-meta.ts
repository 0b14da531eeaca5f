// The header fields an HTML page states: JSON-LD, Open Graph and <meta>, then visible markup.
import type { ArticleMeta } from '../../types.js';
import { parseDate } from '../header-lines.js';
import { type DomDocument, jsonLdNodes, metaTag, NEWS_TYPES, names, squash, typesOf } from './html-dom.js';

/** Metadata the page states: JSON-LD NewsArticle first, then Open Graph and <meta> tags, then visible markup. */
export function pageMeta(doc: DomDocument): Partial<ArticleMeta> {
  const nodes = jsonLdNodes(doc);
  const news = nodes.find((n) => typesOf(n).some((t) => NEWS_TYPES.test(t)));
  const site = nodes.find((n) => typesOf(n).some((t) => /^(WebSite|NewsMediaOrganization|Organization)$/.test(t)));
  const authorLink = squash(doc.querySelector('[rel="author"]')?.textContent);
  const headline =
    squash(news?.headline as string) ||
    metaTag(doc, 'og:title', 'twitter:title') ||
    squash(doc.querySelector('h1')?.textContent) ||
    squash(doc.title.split(/\s+[|–—-]\s+/)[0]);
  const outlet = names((news?.publisher as unknown) ?? null) ?? names(site ?? null) ?? metaTag(doc, 'og:site_name', 'application-name');
  const author = names(news?.author) ?? metaTag(doc, 'author', 'article:author', 'byl', 'parsely-author') ?? (authorLink || null);
  const date =
    squash(news?.datePublished as string) ||
    metaTag(doc, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date') ||
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ||
    null;
  const meta: Partial<ArticleMeta> = {};
  const url = squash(news?.url as string) || metaTag(doc, 'og:url') || squash(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  if (url && /^https?:\/\//.test(url)) meta.url = url;
  if (headline) meta.headline = headline;
  if (outlet) meta.outlet = outlet;
  if (author && !/^https?:/.test(author)) meta.byline = author.replace(/^by\s+/i, '');
  if (date) {
    meta.published = parseDate(date);
    // A machine timestamp is not for readers: the page's own <time> text, else the bare date.
    const shown = squash(Array.from(doc.querySelectorAll('time[datetime]')).find((t) => t.getAttribute('datetime') === date)?.textContent);
    meta.publishedText = /^\d{4}-\d{2}-\d{2}T/.test(date) ? (shown && parseDate(shown) ? shown : meta.published) : date;
  }
  return meta;
}

/** What the page says the piece is, strongest first: its schema.org type, its stated section, the section meta tags. */
export function genreLabelsOf(doc: DomDocument): string[] {
  const news = jsonLdNodes(doc).find((n) => typesOf(n).some((t) => NEWS_TYPES.test(t)));
  const section = news?.articleSection;
  const sections = (Array.isArray(section) ? section : [section]).filter((x): x is string => typeof x === 'string');
  const tags = [metaTag(doc, 'article:section'), metaTag(doc, 'article:opinion') === 'true' ? 'opinion' : null];
  return [...(news ? typesOf(news) : []), ...sections, ...tags].filter((x): x is string => Boolean(x));
}
