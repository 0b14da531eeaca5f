// Markdown articles: front matter gives the metadata, the text loses its markup and keeps its blocks.
import { must } from '../../errors.js';
import { splitFrontMatter } from '../../front-matter.js';
import type { ArticleMeta, RawArticle } from '../../types.js';
import { parseDate } from '../header-lines.js';
import { splitBlocks } from './blocks.js';

function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
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
  if (fields.author ?? fields.byline) meta.byline = fields.author ?? fields.byline ?? null;
  if (fields.date) {
    meta.publishedText = fields.date;
    meta.published = parseDate(fields.date);
  }
  if (fields.url ?? fields.link) meta.url = fields.url ?? fields.link ?? null;
  const genreLabels = ['genre', 'type', 'section', 'category', 'categories'].map((k) => fields[k]).filter((v): v is string => Boolean(v));
  const standfirst = fields.standfirst ?? fields.subtitle ?? fields.dek;
  if (standfirst) meta.standfirst = standfirst;
  const lines = body
    .replace(/```[\s\S]*?```/g, '')
    .split('\n')
    .map((line) => {
      const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
      if (heading) {
        if (line.startsWith('# ') && (!meta.headline || fields.title)) {
          // Front matter's title wins over the text's own "# heading", which is then not body text either.
          meta.headline ??= stripInlineMarkdown(must(heading[1], 'the text of a heading'));
          return '';
        }
        return `\n${stripInlineMarkdown(must(heading[1], 'the text of a heading'))}\n`;
      }
      return stripInlineMarkdown(line.replace(/^\s{0,3}(?:>\s?)+/, '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''));
    });
  return { blocks: splitBlocks(lines.join('\n')), meta, genreLabels };
}
