// Why: a page that marks its story as an <article> may list other stories as <article> cards below it ("more stories",
// a news feed); Readability can take their container, and their standfirsts then read as the story's last paragraphs.
import { type DomDocument, type DomElement, metaTag, squash } from './html-dom.js';

/** Whether `inner` is `outer` or inside it. */
function within(inner: DomElement, outer: DomElement): boolean {
  for (let el: DomElement | null = inner; el; el = el.parentElement) if (el === outer) return true;
  return false;
}

/** A heading that links to a story: a card's title. */
const isLinked = (h: DomElement): boolean => h.querySelector('a[href]') !== null || h.parentElement?.tagName === 'A';
const linkedHeading = (card: DomElement): boolean => Array.from(card.querySelectorAll('h1, h2, h3, h4')).some(isLinked);

/**
 * Removes the <article> cards of other stories: when exactly one <article> holds a heading that the page's title repeats
 * (the story's own), every other <article> outside it, and not holding it, whose heading links to a story.
 */
export function dropOtherStories(doc: DomDocument): void {
  const cards = Array.from(doc.querySelectorAll('article'));
  if (cards.length < 2) return;
  const titles = `${squash(doc.querySelector('title')?.textContent)} ${metaTag(doc, 'og:title') ?? ''}`.toLowerCase();
  const isOwn = (h: DomElement): boolean => {
    const text = squash(h.textContent).toLowerCase();
    return text.length >= 10 && titles.includes(text);
  };
  const owners = cards.filter((a) => Array.from(a.querySelectorAll('h1, h2, h3, [itemprop="headline"]')).some(isOwn));
  const innermost = owners.filter((a) => !owners.some((b) => b !== a && within(b, a)));
  const [own] = innermost;
  if (!own || innermost.length > 1) return;
  for (const card of cards) if (!within(card, own) && !within(own, card) && linkedHeading(card)) card.remove();
}
