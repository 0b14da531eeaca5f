// The body of an HTML page: Mozilla's Readability picks the article, and its text blocks become paragraphs.
import { type DomDocument, type DomElement, type DomNode, type ReadabilityResult, requireLazily, squash } from './html-dom.js';

let readability: (new (doc: DomDocument, options: object) => { parse(): ReadabilityResult | null }) | null = null;

const ELEMENT = 1;
const TEXT = 3;
const BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const HEADINGS = /^H[1-6]$/;
const SKIP = new Set(['HEADER', 'FIGURE', 'FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'BUTTON', 'FORM', 'NAV', 'ASIDE', 'FOOTER', 'SVG', 'TIME', 'IFRAME']);
// A <time> inside a sentence is part of it; only a <time> standing alone is a date line.
const SKIP_IN_TEXT = new Set([...SKIP].filter((tag) => tag !== 'TIME'));
/** Phrasing elements: their text runs on with the text around them. */
const INLINE = new Set([
  ...['A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'IMG', 'INS', 'KBD', 'LABEL'],
  ...['MARK', 'OUTPUT', 'PICTURE', 'Q', 'S', 'SAMP', 'SMALL', 'SOURCE', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR'],
]);

type Block = { text: string; heading: boolean };

const tagOf = (el: DomElement): string => el.tagName.toUpperCase();
const hasBlockInside = (el: DomElement): boolean => Array.from(el.querySelectorAll('*')).some((c) => BLOCKS.has(tagOf(c)));

/** The text of a node as a reader sees it: a line break or a nested block separates words, furniture inside is left out. */
function textOf(node: DomNode): string {
  if (node.nodeType === TEXT) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT) return '';
  const tag = tagOf(node as DomElement);
  if (tag === 'BR') return '\n';
  if (SKIP_IN_TEXT.has(tag)) return '';
  const inner = Array.from(node.childNodes).map(textOf).join('');
  return INLINE.has(tag) ? inner : ` ${inner} `;
}

/** The text blocks of a subtree: each paragraph, list item or quote that holds no other block, and each run of loose text between blocks. */
function blocksOf(root: DomElement): Block[] {
  const out: Block[] = [];
  const push = (text: string, heading: boolean): void => {
    const squashed = squash(text);
    if (squashed) out.push({ text: squashed, heading });
  };
  const walk = (el: DomElement): void => {
    // Text outside any paragraph (a blog post written with <br>s, a tweet's signature line) is a block of its own,
    // ended by a line break or by the next block.
    let run = '';
    for (const node of Array.from(el.childNodes)) {
      const child = node as DomElement;
      const tag = node.nodeType === ELEMENT ? tagOf(child) : '';
      if (node.nodeType === TEXT || (INLINE.has(tag) && !hasBlockInside(child))) {
        if (!SKIP.has(tag)) run += textOf(node);
        continue;
      }
      if (node.nodeType !== ELEMENT) continue;
      if (tag === 'BR') {
        push(run, false);
        run = '';
        continue;
      }
      push(run, false);
      run = '';
      if (SKIP.has(tag)) continue;
      if (BLOCKS.has(tag) && !hasBlockInside(child)) push(textOf(child), HEADINGS.test(tag));
      else walk(child);
    }
    push(run, false);
  };
  walk(root);
  return out;
}

/** The article's text blocks: Readability's pick, else the page's <article>, <main> or <body> without its furniture. */
export function bodyBlocks(doc: DomDocument): { blocks: Block[]; result: ReadabilityResult | null } {
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
