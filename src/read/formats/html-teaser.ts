// A byline printed in a card that links to another story (a sidebar's "Most Popular", a "More stories" strip) names
// that story's writer, not this one's.
import { type DomDocument, type DomElement, metaTag, squash } from './html-dom.js';

/** Whether a heading is a link or holds one, as a card's title links to its story. */
const isLinked = (heading: DomElement): boolean => {
  if (heading.querySelector('a[href]')) return true;
  for (let up = heading.parentElement; up; up = up.parentElement) if (up.tagName === 'A' && up.getAttribute('href')) return true;
  return false;
};

/** The page's first <h1> and its stated titles, read once a page: each byline tested asks for them. */
const pageTitles = new WeakMap<DomDocument, { first: DomElement | null; titles: string }>();

function pageOf(doc: DomDocument): { first: DomElement | null; titles: string } {
  let page = pageTitles.get(doc);
  if (!page) {
    page = { first: doc.querySelector('h1'), titles: `${squash(doc.querySelector('title')?.textContent)} ${metaTag(doc, 'og:title') ?? ''}`.toLowerCase() };
    pageTitles.set(doc, page);
  }
  return page;
}

/** Whether the page's <title> or og:title repeats a heading of ten characters or more. */
export function repeatsPageTitle(heading: DomElement, doc: DomDocument): boolean {
  const text = squash(heading.textContent).toLowerCase();
  return text.length >= 10 && pageOf(doc).titles.includes(text);
}

/** The story's own heading: the page's first <h1>, or one the page's title repeats, even as a link to itself (a blog's permalink title). */
function isOwn(heading: DomElement, doc: DomDocument): boolean {
  return heading === pageOf(doc).first || repeatsPageTitle(heading, doc);
}

/**
 * Whether a byline element sits in a teaser of another story: inside a link whose text is more than twice its own, or
 * under a linked heading that is not the story's own (the nearest heading before it, within three containers up).
 */
export function inTeaser(el: DomElement, doc: DomDocument, own: DomElement | null): boolean {
  const length = squash(el.textContent).length;
  const around = new Set<DomElement>();
  for (let up = el.parentElement; up; up = up.parentElement) {
    if (up.tagName === 'A' && up.getAttribute('href') && squash(up.textContent).length > 2 * length) return true;
    around.add(up);
  }
  let box: DomElement | null = el;
  for (let up = 0; up < 3 && box?.parentElement; up++) {
    box = box.parentElement;
    if (!box.querySelector('h1, h2, h3, h4')) continue;
    // The nearest container with a heading decides, by the last heading before the byline (a heading that holds the byline is the byline).
    const order = Array.from(box.querySelectorAll('*'));
    const at = order.indexOf(el);
    const before = order.slice(0, at).filter((e) => /^H[1-4]$/.test(e.tagName) && !around.has(e));
    const heading = before.at(-1);
    return heading !== undefined && heading !== own && isLinked(heading) && !isOwn(heading, doc);
  }
  return false;
}

/** The marks Readability reads a byline from: a class or id that names it, rel=author, itemprop=author. */
const BYLINE_MARK = /byline|author|dateline|writtenby|p-author/i;

/** The first element that prints Readability's byline, found by the marks it reads and by its text; null when none does. */
export function bylineElement(doc: DomDocument, byline: string): DomElement | null {
  const text = squash(byline);
  for (const el of Array.from(doc.querySelectorAll('[class], [id], [rel], [itemprop]'))) {
    const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('rel') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    if (BYLINE_MARK.test(marks) && squash(el.textContent) === text) return el;
  }
  return null;
}
