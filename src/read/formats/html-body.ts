// The body of an HTML page: Mozilla's Readability picks the article, and its text blocks become paragraphs;
// figures, asides and elements marked as furniture by their class, id or ARIA role are set apart.
import { embeddedPost } from '../embedded-post.js';
import { withLabelColon } from './bold-label.js';
import { dropOtherStories } from './html-other-stories.js';
import { classWords, furniture } from '../furniture.js';
import { type DomDocument, type DomElement, type DomNode, type ReadabilityResult, requireLazily, squash } from './html-dom.js';

let readability: (new (doc: DomDocument, options: object) => { parse(): ReadabilityResult | null }) | null = null;

const ELEMENT = 1;
const TEXT = 3;
const BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const HEADINGS = /^H[1-6]$/;
// Never text: left out without a trace.
const MUTE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'NAV']);
// Text that is not the story: set apart as furniture.
const APART = new Set(['HEADER', 'FIGURE', 'FIGCAPTION', 'ASIDE', 'FOOTER']);
/** Phrasing elements: their text runs on with the text around them. */
const INLINE = new Set([
  ...['A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'IMG', 'INS', 'KBD', 'LABEL'],
  ...['MARK', 'OUTPUT', 'PICTURE', 'Q', 'S', 'SAMP', 'SMALL', 'SOURCE', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR'],
]);

export type HtmlBlock = { text: string; heading: boolean; furniture: boolean };

const tagOf = (el: DomElement): string => el.tagName.toUpperCase();
const hasBlockInside = (el: DomElement): boolean => Array.from(el.querySelectorAll('*')).some((c) => BLOCKS.has(tagOf(c)));
/**
 * A table of data: rows of cells of 30 characters or fewer on average ("DL", "Larry Ogunjobi", "63", "85%"), set apart like furniture. Its cells are no
 * sentences of the story, and read as paragraphs they were dozens of them; a layout table holding the story's prose stays.
 */
function isDataTable(el: DomElement, tag: string): boolean {
  if (tag !== 'TABLE') return false;
  const cells = Array.from(el.querySelectorAll('td, th'));
  const characters = cells.reduce((sum, c) => sum + squash(c.textContent).length, 0);
  return el.querySelectorAll('tr').length >= 2 && cells.length >= 4 && characters <= 30 * cells.length && cells.every((c) => !hasBlockInside(c));
}

/**
 * An element the page marks as furniture: a caption, credit, promo, share bar or bio by its class or id words, or an
 * ARIA role; a wrapper of the whole story (class="share-wrapper") is not: only one with less than half of `total`, the page's text.
 */
function markedAsFurniture(el: DomElement, total: number): boolean {
  const { classTokens, roles } = furniture();
  const words = markWords(el);
  const marked = roles.has((el.getAttribute('role') ?? '').toLowerCase()) || words.some((w) => classTokens.has(w)) || isPopupCard(el, words);
  return marked && squash(el.textContent).length < total / 2;
}

/** The words of an element's class and id. */
const markWords = (el: DomElement): string[] => classWords(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);

/** A pop-up that is not a link, by the words of its class and id (`words`, when they are at hand). */
const isPopup = (el: DomElement, words: readonly string[] = markWords(el)): boolean => tagOf(el) !== 'A' && words.some((w) => furniture().popupTokens.has(w));

/**
 * A hover card inside a sentence ("Kristi Noem" + a card with her full name and her latest stories): the innermost element
 * marked as a pop-up that is not a link, so that the linked name the card hangs from stays in the text.
 */
function isPopupCard(el: DomElement, words: readonly string[]): boolean {
  return isPopup(el, words) && !Array.from(el.querySelectorAll('[class], [id]')).some((c) => isPopup(c));
}

// Blocks that are furniture when all their text is link text ('' is loose text outside any block).
const LINK_BLOCKS = new Set(['P', 'LI', '']);
const letters = (text: string): number => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/** The text blocks of a subtree: each paragraph, list item or quote that holds no other block, and each run of loose text between blocks. */
function blocksOf(root: DomElement): HtmlBlock[] {
  const out: HtmlBlock[] = [];
  const total = squash(root.textContent).length;
  // Letters of the block being read that sit inside links.
  let linked = 0;
  const push = (text: string, heading: boolean, isFurniture = false, tag = ''): void => {
    const squashed = squash(text);
    const allLink = linked > 0 && linked >= 0.9 * letters(squashed);
    linked = 0;
    if (!squashed) return;
    // A paragraph or list item that is all link text points elsewhere: a related story, a shop, a share target.
    const pointer = allLink && LINK_BLOCKS.has(tag);
    out.push({ text: squashed, heading, furniture: isFurniture || pointer });
  };
  /** Whether an element is furniture: by its tag, or by its marks. */
  const apart = (el: DomElement, tag: string): boolean => APART.has(tag) || el.getAttribute(MARK) !== null || markedAsFurniture(el, total);
  /** The text of a node as a reader sees it: a line break or a nested block separates words; furniture inside is set apart. */
  const textOf = (node: DomNode, inLink: boolean): string => {
    if (node.nodeType === TEXT) {
      const text = node.textContent ?? '';
      if (inLink) linked += letters(text);
      return text;
    }
    if (node.nodeType !== ELEMENT) return '';
    const el = node as DomElement;
    const tag = tagOf(el);
    if (tag === 'BR') return '\n';
    if (MUTE.has(tag)) return '';
    if (tag !== 'TIME' && apart(el, tag)) {
      const outer = linked;
      linked = 0;
      push(textInside(el, false), false, true);
      linked = outer;
      return '';
    }
    const inner = textInside(el, inLink || tag === 'A');
    return INLINE.has(tag) ? inner : ` ${inner} `;
  };
  const textInside = (el: DomElement, inLink: boolean): string => {
    const nodes = Array.from(el.childNodes);
    const texts = nodes.map((n) => textOf(n, inLink));
    return (BLOCKS.has(tagOf(el)) ? withLabelColon(nodes, texts) : texts).join('');
  };
  const walk = (el: DomElement): void => {
    // Text outside any paragraph (a blog post written with <br>s, a tweet's signature line) is a block of its own,
    // ended by a line break or by the next block.
    let run = '';
    for (const node of Array.from(el.childNodes)) {
      const child = node as DomElement;
      const tag = node.nodeType === ELEMENT ? tagOf(child) : '';
      // A <time> inside a sentence is part of it; only a <time> standing alone is a date line.
      if (node.nodeType === TEXT || (INLINE.has(tag) && tag !== 'TIME' && !hasBlockInside(child))) {
        run += textOf(node, false);
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
      if (MUTE.has(tag)) continue;
      if (tag === 'TIME' || apart(child, tag) || isDataTable(child, tag)) push(textInside(child, false), false, true);
      else if (BLOCKS.has(tag) && !hasBlockInside(child)) push(textInside(child, false), HEADINGS.test(tag), false, tag);
      else walk(child);
    }
    push(run, false);
  };
  walk(root);
  return out;
}

// Readability rebuilds small <div>s as new <p>s and drops their classes, so furniture is marked before it runs: the
// marked element, every element inside it and every piece of its text (wrapped in a marked <span>) carry MARK.
const MARK = 'data-brief-furniture';
interface MarkableNode extends DomNode {
  parentNode: MarkableNode | null;
  replaceChild(replacement: MarkableNode, old: MarkableNode): void;
  appendChild(child: MarkableNode): void;
}
interface MarkableElement extends DomElement, MarkableNode {
  setAttribute(name: string, value: string): void;
}

function markFurniture(doc: DomDocument): void {
  const total = squash(doc.body?.textContent).length;
  const create = (doc as unknown as { createElement(tag: string): MarkableElement }).createElement.bind(doc);
  const marked = Array.from(doc.querySelectorAll('[class], [id], [role]')).filter((el) => markedAsFurniture(el, total));
  for (const el of marked as MarkableElement[]) {
    const inside = [el, ...(Array.from(el.querySelectorAll('*')) as MarkableElement[])];
    for (const e of inside) {
      e.setAttribute(MARK, '');
      for (const node of Array.from(e.childNodes) as MarkableNode[]) {
        if (node.nodeType !== TEXT || !squash(node.textContent)) continue;
        const span = create('span');
        span.setAttribute(MARK, '');
        e.replaceChild(span, node);
        span.appendChild(node);
      }
    }
  }
}

/**
 * An embedded post (`<blockquote class="twitter-tweet">`: its text, then "— Name (@account) date") becomes one paragraph,
 * the post quoted (a blockquote is a quotation) and credited to its account, instead of an unquoted text and a
 * signature line read as a sentence of the story.
 */
function quoteEmbeddedPosts(doc: DomDocument): void {
  const create = (doc as unknown as { createElement(tag: string): MarkableElement }).createElement.bind(doc);
  const space = (doc as unknown as { createTextNode(text: string): MarkableNode }).createTextNode.bind(doc);
  for (const el of Array.from(doc.querySelectorAll('blockquote')) as MarkableElement[]) {
    if (!classWords(el.getAttribute('class') ?? '').includes('tweet')) continue;
    const paragraph = el.querySelector('p');
    // A post's line breaks part its words ("… neighbouring states<br><br>It is …"); its text alone would run them together.
    for (const br of Array.from(paragraph?.querySelectorAll('br') ?? []) as MarkableElement[]) br.parentNode?.replaceChild(space(' '), br);
    const post = squash(paragraph?.textContent);
    // A post with no text of its own is a placeholder: "Tweet may have been deleted (opens in a new tab)".
    if (!post) {
      el.remove();
      continue;
    }
    const account = /\(@(\w{1,30})\)/.exec(squash(el.textContent).slice(post.length))?.[1] ?? null;
    const quoted = embeddedPost(post, account);
    if (quoted === null || !el.parentNode) continue;
    const p = create('p');
    p.textContent = quoted;
    el.parentNode.replaceChild(p, el);
  }
}

/** The article's text blocks: Readability's pick, else the page's <article>, <main> or <body> without its furniture. */
export function bodyBlocks(doc: DomDocument): { blocks: HtmlBlock[]; result: ReadabilityResult | null } {
  readability ??= (requireLazily('@mozilla/readability') as { Readability: NonNullable<typeof readability> }).Readability;
  // Readability changes the document it reads, so it gets a copy; <header>s (the masthead, the article's headline
  // block with its standfirst and byline) are never body text. Classes stay on its result: they mark the furniture.
  const copy = doc.cloneNode(true);
  dropOtherStories(copy);
  for (const el of Array.from(copy.querySelectorAll('header'))) el.remove();
  quoteEmbeddedPosts(copy);
  markFurniture(copy);
  let result: ReadabilityResult | null;
  try {
    result = new readability(copy, { charThreshold: 300, keepClasses: true, serializer: (node: DomElement) => node }).parse();
  } catch {
    // Readability is a heuristic over well-formed pages; on a tree it cannot walk, the page's own structure below still reads.
    result = null;
  }
  let blocks = result?.content ? blocksOf(result.content) : [];
  if (blocks.filter((b) => !b.heading && !b.furniture).length === 0) {
    for (const el of Array.from(doc.querySelectorAll('script, style, nav, header, footer, aside, form, figure'))) el.remove();
    const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
    blocks = root ? blocksOf(root) : [];
  }
  return { blocks, result };
}
