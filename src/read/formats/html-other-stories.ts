// Why: a page that marks its story as an <article> may list other stories as <article> cards below it ("more stories",
// a news feed); Readability can take their container, and their standfirsts then read as the story's last paragraphs.
import type { DomDocument, DomElement } from './html-dom.js';
import { repeatsPageTitle } from './html-teaser.js';

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
  const owners = cards.filter((a) => Array.from(a.querySelectorAll('h1, h2, h3, [itemprop="headline"]')).some((h) => repeatsPageTitle(h, doc)));
  const innermost = owners.filter((a) => !owners.some((b) => b !== a && a.contains(b)));
  const [own] = innermost;
  if (!own || innermost.length > 1) return;
  for (const card of cards) if (!own.contains(card) && !card.contains(own) && linkedHeading(card)) card.remove();
}
