// The body of an HTML page: Mozilla's Readability picks the article, and its text blocks become paragraphs.
import { type DomDocument, type DomElement, type DomNode, type ReadabilityResult, requireLazily, squash } from './html-dom.js';

let readability: (new (doc: DomDocument, options: object) => { parse(): ReadabilityResult | null }) | null = null;

const ELEMENT = 1;
const BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const HEADINGS = /^H[1-6]$/;
const SKIP = new Set(['HEADER', 'FIGURE', 'FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'BUTTON', 'FORM', 'NAV', 'ASIDE', 'FOOTER', 'SVG', 'TIME', 'IFRAME']);
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

/** The article's text blocks: Readability's pick, else the page's <article>, <main> or <body> without its furniture. */
export function bodyBlocks(doc: DomDocument): { blocks: Array<{ text: string; heading: boolean }>; result: ReadabilityResult | null } {
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
  return { blocks, result };
}
