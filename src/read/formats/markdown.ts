// Markdown articles: front matter gives the metadata, the text loses its markup and keeps its blocks.
import { must } from '../../errors.js';
import { splitFrontMatter } from '../../front-matter.js';
import type { ArticleMeta, RawArticle } from '../../types.js';
import { parseDate } from '../header-lines.js';
import { splitBlocks } from './blocks.js';

/** A link's words are the article; its web address is markup. Any other destination (javascript:, data:, file:) is kept as written. */
const WORDS_ONLY = (destination: string): boolean => !/^[a-z][a-z0-9+.-]*:/i.test(destination) || /^(?:https?|mailto):/i.test(destination);

/** The index of the `close` character matching the `open`ing one at `at`, counting nesting and skipping escapes; -1 when it is not closed. */
function closingOf(line: string, at: number, open: string, close: string): number {
  let depth = 0;
  for (let i = at; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return i;
  }
  return -1;
}

/**
 * Inline links and images read with their whole destination, parentheses and all, so nothing of it is left behind:
 * an image goes, a link to a web address or a relative one leaves its words, any other link stays as written.
 */
function readLinks(line: string): string {
  let out = '';
  let from = 0;
  for (let open = line.indexOf('[', from); open >= 0; open = line.indexOf('[', open + 1)) {
    if (open < from || line[open - 1] === '\\') continue;
    const close = closingOf(line, open, '[', ']');
    if (close < 0 || line[close + 1] !== '(') continue;
    const end = closingOf(line, close + 1, '(', ')');
    if (end < 0) continue;
    const image = line[open - 1] === '!';
    const destination =
      line
        .slice(close + 2, end)
        .trim()
        .replace(/^<([^>]*)>.*$/, '$1')
        .split(/\s+/)[0] ?? '';
    const words = line.slice(open + 1, close);
    out += line.slice(from, image ? open - 1 : open) + (image ? '' : WORDS_ONLY(destination) ? words : line.slice(open, end + 1));
    from = end + 1;
    open = end;
  }
  return out + line.slice(from);
}

/** Words compared as words: case, punctuation and spacing aside. */
const wordsOf = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A heading that says what the title says (or the title with a site name after it): the page's own copy of the headline. */
function repeatsTitle(heading: string, title: string): boolean {
  const [a, b] = [wordsOf(heading), wordsOf(title)];
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  // A one- or two-word heading ("Budget") that starts the title is a section of its own, not the title again.
  return shorter.split(' ').length >= 3 && longer.startsWith(`${shorter} `);
}

function stripInlineMarkdown(line: string): string {
  return readLinks(line)
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>&|~"])/g, '$1');
}

export function readMarkdown(text: string): RawArticle {
  const front = splitFrontMatter(text);
  const body = front.body;
  // Article front matter is forgiving: keys in any case, lines that are not "key: value" ignored.
  const fields = Object.fromEntries(Object.entries(front.fields).map(([k, v]) => [k.toLowerCase(), v]));
  const meta: Partial<ArticleMeta> = {};
  if (fields.title) meta.headline = fields.title;
  if (fields.source ?? fields.outlet) meta.outlet = fields.source ?? fields.outlet ?? null;
  // "By Jane Roe": the byline is the name, as a header's "By" line gives it.
  if (fields.author ?? fields.byline) meta.byline = (fields.author ?? fields.byline ?? '').replace(/^by\s+/i, '') || null;
  if (fields.date) {
    meta.publishedText = fields.date;
    meta.published = parseDate(fields.date);
  }
  if (fields.url ?? fields.link) meta.url = fields.url ?? fields.link ?? null;
  const genreLabels = ['genre', 'type', 'section', 'category', 'categories'].map((k) => fields[k]).filter((v): v is string => Boolean(v));
  const standfirst = fields.standfirst ?? fields.subtitle ?? fields.dek ?? fields.description;
  if (standfirst) meta.standfirst = standfirst;
  // Before any body text, a "# heading" that repeats the front matter's title is that title again.
  let leading = true;
  const lines = body
    .replace(/```[\s\S]*?```/g, '')
    .split('\n')
    .map((line) => {
      const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
      if (heading) {
        const text = stripInlineMarkdown(must(heading[1], 'the text of a heading'));
        const wasLeading = leading;
        leading = false;
        if (line.startsWith('# ') && !meta.headline) {
          // No title in front matter: the first "# heading" is the headline.
          meta.headline = text;
          return '';
        }
        if (line.startsWith('# ') && wasLeading && fields.title && repeatsTitle(text, fields.title)) return '';
        // Every other heading, a second "# heading" too, keeps its words as a block of its own.
        return `\n${text}\n`;
      }
      const text = stripInlineMarkdown(line.replace(/^\s{0,3}(?:>\s?)+/, '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''));
      if (text.trim() !== '') leading = false;
      return text;
    });
  return { blocks: splitBlocks(lines.join('\n')), meta, genreLabels };
}
