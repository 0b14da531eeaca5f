// HTML pages: the article body by Mozilla's Readability over a linkedom DOM, metadata from JSON-LD, Open Graph and <meta>.
import { createRequire } from 'node:module';
import type { ArticleMeta, RawArticle } from '../../types.js';
import { parseDate } from '../header-lines.js';

// The DOM types are not in this project's lib; these are the few members used.
interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}
interface DomDocument extends DomElement {
  title: string;
  body: DomElement | null;
  cloneNode(deep: boolean): DomDocument;
}
interface ReadabilityResult {
  title?: string | null;
  content?: DomElement | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

// Loaded on first use: plain-text runs never pay for a DOM.
const requireLazily = createRequire(import.meta.url);
let dom: { parseHTML: (html: string) => { document: DomDocument } } | null = null;
let readability: (new (doc: DomDocument, options: object) => { parse(): ReadabilityResult | null }) | null = null;

function parseDocument(html: string): DomDocument {
  dom ??= requireLazily('linkedom') as NonNullable<typeof dom>;
  return dom.parseHTML(html).document;
}

const ELEMENT = 1;
const BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const HEADINGS = /^H[1-6]$/;
const SKIP = new Set(['HEADER', 'FIGURE', 'FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'BUTTON', 'FORM', 'NAV', 'ASIDE', 'FOOTER', 'SVG', 'TIME', 'IFRAME']);
const NEWS_TYPES =
  /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|Article|BlogPosting|LiveBlogPosting|Report)$/;

const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

function metaTag(doc: DomDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const value = squash(el?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

type JsonObject = Record<string, unknown>;

/** Every object in the page's JSON-LD, with @graph and arrays flattened. */
function jsonLdNodes(doc: DomDocument): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      out.push(value as JsonObject);
      if ('@graph' in value) visit((value as JsonObject)['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common on real pages; the other sources of metadata remain.
    }
  }
  return out;
}

const typesOf = (node: JsonObject): string[] => ([] as unknown[]).concat(node['@type'] ?? []).map(String);

function names(value: unknown): string | null {
  const list = ([] as unknown[])
    .concat(value ?? [])
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? String((v as JsonObject).name ?? '') : ''))
    .map(squash)
    .filter(Boolean);
  if (list.length === 0) return null;
  return list.length === 1 && list[0] !== undefined ? list[0] : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** Metadata the page states: JSON-LD NewsArticle first, then Open Graph and <meta> tags, then visible markup. */
function pageMeta(doc: DomDocument): Partial<ArticleMeta> {
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
function genreLabelsOf(doc: DomDocument): string[] {
  const news = jsonLdNodes(doc).find((n) => typesOf(n).some((t) => NEWS_TYPES.test(t)));
  const section = news?.articleSection;
  const sections = (Array.isArray(section) ? section : [section]).filter((x): x is string => typeof x === 'string');
  const tags = [metaTag(doc, 'article:section'), metaTag(doc, 'article:opinion') === 'true' ? 'opinion' : null];
  return [...(news ? typesOf(news) : []), ...sections, ...tags].filter((x): x is string => Boolean(x));
}

/** The text blocks of a subtree: each paragraph, list item or quote that holds no other block. */
function blocksOf(root: DomElement): Array<{ text: string; heading: boolean }> {
  const out: Array<{ text: string; heading: boolean }> = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType !== ELEMENT) return;
    const el = node as DomElement;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    const hasBlockChild = Array.from(el.querySelectorAll('*')).some((c) => BLOCKS.has(c.tagName.toUpperCase()));
    if (BLOCKS.has(tag) && !hasBlockChild) {
      const clone = el;
      // Captions and buttons inside a block are furniture, not text.
      for (const skip of Array.from(clone.querySelectorAll('figcaption, button, script, style, time'))) skip.remove();
      const text = squash(clone.textContent);
      if (text) out.push({ text, heading: HEADINGS.test(tag) });
      return;
    }
    Array.from(el.childNodes).forEach(walk);
  };
  walk(root);
  return out;
}

/** Reads a saved or fetched news page into blocks and metadata. */
export function readHtml(html: string): RawArticle {
  const doc = parseDocument(html);
  const meta = pageMeta(doc);
  readability ??= (requireLazily('@mozilla/readability') as { Readability: NonNullable<typeof readability> }).Readability;
  // Readability changes the document it reads, so it gets a copy; <header>s (the masthead, the article's headline
  // block with its standfirst and byline) are never body text.
  const copy = doc.cloneNode(true);
  for (const el of Array.from(copy.querySelectorAll('header'))) el.remove();
  const result = new readability(copy, { charThreshold: 300, serializer: (node: DomElement) => node }).parse();
  let blocks = result?.content ? blocksOf(result.content) : [];
  if (blocks.filter((b) => !b.heading).length === 0) {
    for (const el of Array.from(doc.querySelectorAll('script, style, nav, header, footer, aside, form, figure'))) el.remove();
    const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
    blocks = root ? blocksOf(root) : [];
  }
  if (!meta.headline && result?.title) meta.headline = squash(result.title);
  if (!meta.byline && result?.byline) meta.byline = squash(result.byline).replace(/^by\s+/i, '');
  if (!meta.outlet && result?.siteName) meta.outlet = squash(result.siteName);
  // Section headings and the headline repeated in the body are not paragraphs: paragraph numbers count prose.
  const headline = (meta.headline ?? '').toLowerCase();
  return {
    blocks: blocks.filter((b) => !b.heading && b.text.toLowerCase() !== headline).map((b) => b.text),
    meta,
    genreLabels: genreLabelsOf(doc),
    dropped: blocks.filter((b) => b.heading).map((b) => b.text),
  };
}
