// The DOM of an HTML page: the few DOM members brief uses, the lazily loaded parser, and readers of the page's metadata markup.
import { createRequire } from 'node:module';
import { BriefError } from '../../errors.js';
import { joinWords } from '../../front-matter.js';
import { flattenNesting, MAX_ELEMENTS } from './html-nesting.js';

// The DOM types are not in this project's lib; these are the few members used.
export interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
export interface DomElement extends DomNode {
  tagName: string;
  parentElement: DomElement | null;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  /** Whether `other` is this element or inside it. */
  contains(other: DomNode | null): boolean;
  remove(): void;
}
export interface DomDocument extends DomElement {
  title: string;
  body: DomElement | null;
  cloneNode(deep: boolean): DomDocument;
}
export interface ReadabilityResult {
  title?: string | null;
  content?: DomElement | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

// Loaded on first use: plain-text runs never pay for a DOM.
export const requireLazily = createRequire(import.meta.url);
let dom: { parseHTML: (html: string) => { document: DomDocument } } | null = null;

interface MovableNode extends DomNode {
  nodeName: string;
}
interface RootedDocument extends DomDocument {
  documentElement: (DomElement & MovableNode) | null;
  childNodes: ArrayLike<MovableNode>;
}
const DOCTYPE = 10;
const COMMENT = 8;

/**
 * The page's DOM, always an <html> with a <body> that holds all its content. linkedom makes the first element the root
 * (a <p>, an <svg>), or no root at all for text that does not start with a tag, and leaves what follows </body> or
 * </html> outside the body; Readability and the body reader expect the shape a browser builds.
 */
export function parseDocument(html: string): DomDocument {
  dom ??= requireLazily('linkedom') as NonNullable<typeof dom>;
  const parse = dom.parseHTML;
  const page = flattenNesting(html);
  if (page.elements > MAX_ELEMENTS)
    throw new BriefError(
      'INPUT_TOO_LARGE',
      `the page has ${page.elements.toLocaleString('en')} HTML elements, over the ${MAX_ELEMENTS.toLocaleString('en')} a page is read with`,
      {
        hint: 'real news pages have a few thousand; save the article alone, or as text',
      },
    );
  let doc = parse(page.html).document as RootedDocument;
  if (doc.documentElement?.tagName.toUpperCase() !== 'HTML') {
    // Whatever comes before the first tag, the page wrapped in the root a browser would give it.
    const rest = html.replace(/^\s*(?:<!doctype[^>]*>\s*|<!--[\s\S]*?-->\s*)*/i, '');
    doc = parse(`<!DOCTYPE html><html>${flattenNesting(rest).html}</html>`).document as RootedDocument;
  }
  const root = doc.documentElement;
  const body = doc.body as (DomElement & { prepend(...nodes: DomNode[]): void; append(...nodes: DomNode[]): void }) | null;
  if (!root || !body) return doc;
  const before: DomNode[] = [];
  const after: DomNode[] = [];
  let seenBody = false;
  for (const node of Array.from(root.childNodes) as MovableNode[]) {
    if (node === (body as unknown as MovableNode)) seenBody = true;
    else if (node.nodeName.toUpperCase() !== 'HEAD') (seenBody ? after : before).push(node);
  }
  let seenRoot = false;
  for (const node of Array.from(doc.childNodes)) {
    if (node === root) seenRoot = true;
    else if (seenRoot && node.nodeType !== DOCTYPE && node.nodeType !== COMMENT) after.push(node);
  }
  if (before.length > 0) body.prepend(...before);
  if (after.length > 0) body.append(...after);
  return doc;
}

export const NEWS_TYPES =
  /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|Article|BlogPosting|LiveBlogPosting|Report)$/;

export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Every value of one meta key, in page order: a page may state two authors, a company's first ("mediagene Inc.", then the writer). */
export function metaValues(doc: DomDocument, key: string): string[] {
  const tags = Array.from(doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`));
  return tags.map((el) => squash(el.getAttribute('content') ?? el.getAttribute('value'))).filter(Boolean);
}

export function metaTag(doc: DomDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    // Some page savers keep the value in a "value" attribute instead of "content".
    const value = squash(el?.getAttribute('content') ?? el?.getAttribute('value'));
    if (value) return value;
  }
  return null;
}

export type JsonObject = Record<string, unknown>;

/** Every object in the page's JSON-LD, with @graph and arrays flattened. */
export function jsonLdNodes(doc: DomDocument): JsonObject[] {
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

export const typesOf = (node: JsonObject): string[] => ([] as unknown[]).concat(node['@type'] ?? []).map(String);

export function names(value: unknown): string | null {
  const list = ([] as unknown[])
    .concat(value ?? [])
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? String((v as JsonObject).name ?? '') : ''))
    .map(squash)
    .filter(Boolean);
  if (list.length === 0) return null;
  return joinWords(list);
}
