// HTML pages: the article body by Mozilla's Readability over a linkedom DOM (html-body), the header fields by the
// evidence the page gives (html-meta).
import { BriefError } from '../../errors.js';
import type { RawArticle } from '../../types.js';
import { bylineOf, keyOf } from '../header-evidence.js';
import type { FormatContext } from './registry.js';
import { bodyBlocks } from './html-body.js';
import { isPersonCredit } from './by-line.js';
import { parseDocument, squash } from './html-dom.js';
import { authorPageLink, genreLabelsOf, pageJsonLd, pageMeta, storyHeading, writerClassText } from './html-meta.js';
import { bylineElement, inTeaser } from './html-teaser.js';

/**
 * Readability's byline keeps the lines of the page's byline block: a name split over two lines ("Jason" / "Parham") reads
 * joined, else the first line that is a name ("Christie Wilcox" before the author's bio, "Masafumi Negishi" after a label).
 */
function bylineOfLines(text: string, outlet: string | null | undefined): string | null {
  const joined = bylineOf(squash(text), outlet);
  if (joined && isPersonCredit(joined)) return joined;
  const names = text.split('\n').map((line) => bylineOf(squash(line), outlet));
  return names.find((name) => name && isPersonCredit(name)) ?? joined;
}

/** Reads a saved or fetched news page into blocks and metadata. */
export function readHtml(html: string, context: FormatContext = {}): RawArticle {
  const doc = parseDocument(html);
  const ld = pageJsonLd(doc);
  const { meta, evidence } = pageMeta(doc, ld, context.url);
  const genreLabels = genreLabelsOf(doc, ld);
  const { blocks, result } = bodyBlocks(doc);
  // A frameset page holds no text of its own: say where the text is rather than that there is none.
  if (blocks.length === 0 && doc.querySelector('frameset')) {
    const frames = Array.from(doc.querySelectorAll('frame[src]')).map((f) => f.getAttribute('src') ?? '');
    throw new BriefError(
      'INPUT_EMPTY',
      `the page is a frameset; its text is in the pages it frames${frames.length ? ` (${frames.slice(0, 3).join(', ')})` : ''}`,
      {
        hint: 'brief one of those pages',
      },
    );
  }
  // Readability's title and site name repeat <title> and og:site_name, which the evidence has weighed already; its
  // byline comes from the visible byline, which the evidence does not read.
  // Readability takes the first byline it meets, which may be a card's for another story.
  if (!meta.byline && result?.byline) {
    const printed = bylineElement(doc, result.byline);
    if (!(printed && inTeaser(printed, doc, storyHeading(doc)))) meta.byline = bylineOfLines(result.byline, meta.outlet) ?? undefined;
  }
  // "Sky" (the JSON-LD author) on a Sky News page whose publisher is "Sky": a credit the page gives as a site name is no writer's.
  const siteKeys = new Set(evidence.filter((e) => e.field === 'outlet').map((e) => keyOf(e.value)));
  if (meta.byline && siteKeys.has(keyOf(meta.byline))) delete meta.byline;
  // Last, a link to a writer's page (weaker: a sidebar links writers too).
  if (!meta.byline) meta.byline = bylineOf(authorPageLink(doc) ?? '', meta.outlet) ?? undefined;
  // Then an element classed as the writer: some Japanese sites mark their byline that way and in no other.
  if (!meta.byline) meta.byline = bylineOf(writerClassText(doc) ?? '', meta.outlet) ?? undefined;
  // Section headings and the headline repeated in the body are not paragraphs: paragraph numbers count prose.
  const headline = (meta.headline ?? '').toLowerCase();
  return {
    blocks: blocks.filter((b) => !b.heading && !b.furniture && b.text.toLowerCase() !== headline).map((b) => b.text),
    meta,
    genreLabels,
    dropped: blocks.filter((b) => b.heading || b.furniture).map((b) => b.text),
    evidence,
  };
}
