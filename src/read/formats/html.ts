// HTML pages: the article body by Mozilla's Readability over a linkedom DOM (html-body), the header fields by the
// evidence the page gives (html-meta).
import type { RawArticle } from '../../types.js';
import { bodyBlocks } from './html-body.js';
import { parseDocument, squash } from './html-dom.js';
import { genreLabelsOf, pageMeta } from './html-meta.js';

/** Reads a saved or fetched news page into blocks and metadata. */
export function readHtml(html: string): RawArticle {
  const doc = parseDocument(html);
  const meta = pageMeta(doc);
  const genreLabels = genreLabelsOf(doc);
  const { blocks, result } = bodyBlocks(doc);
  if (!meta.headline && result?.title) meta.headline = squash(result.title);
  if (!meta.byline && result?.byline) meta.byline = squash(result.byline).replace(/^by\s+/i, '');
  if (!meta.outlet && result?.siteName) meta.outlet = squash(result.siteName);
  // Section headings and the headline repeated in the body are not paragraphs: paragraph numbers count prose.
  const headline = (meta.headline ?? '').toLowerCase();
  return {
    blocks: blocks.filter((b) => !b.heading && !b.furniture && b.text.toLowerCase() !== headline).map((b) => b.text),
    meta,
    genreLabels,
    dropped: blocks.filter((b) => b.heading || b.furniture).map((b) => b.text),
  };
}
