// readArticle: text of any supported format → headline, metadata and clean body paragraphs.
import { detectGenre, genreOfLabel, splitHeadlineLabel } from './genre.js';
import { BriefError } from '../errors.js';
import { splitFrontMatter } from '../front-matter.js';
import type { Article, ArticleMeta, InputFormat, Paragraph, RawArticle } from '../types.js';
import {
  bylineOf,
  datelineOf,
  isBodyLike,
  isFurniture,
  isRepeatedCaption,
  isTitleLike,
  isTrailingTag,
  parseDate,
  splitTrailingCredit,
  wordCount,
} from './article-header.js';
import { cleanText } from './clean-text.js';
import { takeHeadlineParagraph } from './headline-paragraph.js';
import { readHtml } from './read-html.js';

export interface ReadOptions {
  /** Where the text came from, for metadata and error messages. */
  source?: string;
  /** Forces the input format instead of detecting it. */
  format?: InputFormat;
  /** The address the text was fetched from. */
  url?: string;
}


export function detectFormat(text: string, source = ''): InputFormat {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  // A saved web page is HTML whatever its name says ("story.txt" saved from a browser).
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  const ext = /\.([a-z0-9]+)$/i.exec(source.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt' || ext === 'text') return 'text';
  if (/<(body|article|p|div|head)\b[^>]*>/.test(head)) return 'html';
  if (/^---\r?\n/.test(text) || /^#{1,2} \S/m.test(text.slice(0, 2000))) return 'markdown';
  return 'text';
}

/** Blank-line separated blocks; lines of a block that were wrapped mid-sentence are joined. */
function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    let current = '';
    for (const rawLine of chunk.split('\n')) {
      const line = rawLine.trim();
      if (line === '') continue;
      if (current === '') current = line;
      // A short line is a line of its own (a date, a byline); only long lines are prose wrapped mid-sentence.
      else if (/[.!?:"”’)]$/.test(current) || current.split('\n').pop()!.length < 50 || isFurniture(line) || isFurniture(current)) {
        blocks.push(current);
        current = line;
      } else current += ' ' + line;
    }
    if (current !== '') blocks.push(current);
  }
  return blocks;
}

function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>&|~"])/g, '$1');
}

function readMarkdown(text: string): RawArticle {
  const front = splitFrontMatter(text);
  const body = front.body;
  // Article front matter is forgiving: keys in any case, lines that are not "key: value" ignored.
  const fields = Object.fromEntries(Object.entries(front.fields).map(([k, v]) => [k.toLowerCase(), v]));
  const meta: Partial<ArticleMeta> = {};
  if (fields['title']) meta.headline = fields['title'];
  if (fields['source'] ?? fields['outlet']) meta.outlet = fields['source'] ?? fields['outlet'] ?? null;
  if (fields['author'] ?? fields['byline']) meta.byline = fields['author'] ?? fields['byline'] ?? null;
  if (fields['date']) {
    meta.publishedText = fields['date'];
    meta.published = parseDate(fields['date']);
  }
  if (fields['url'] ?? fields['link']) meta.url = fields['url'] ?? fields['link'] ?? null;
  const genreLabels = ['genre', 'type', 'section', 'category', 'categories'].map((k) => fields[k]).filter((v): v is string => Boolean(v));
  const standfirst = fields['standfirst'] ?? fields['subtitle'] ?? fields['dek'];
  if (standfirst) meta.standfirst = standfirst;
  const lines = body.replace(/```[\s\S]*?```/g, '').split('\n').map((line) => {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      if (line.startsWith('# ') && (!meta.headline || fields['title'])) {
        // Front matter's title wins over the text's own "# heading", which is then not body text either.
        meta.headline ??= stripInlineMarkdown(heading[1]!);
        return '';
      }
      return `\n${stripInlineMarkdown(heading[1]!)}\n`;
    }
    return stripInlineMarkdown(line.replace(/^\s{0,3}(?:>\s?)+/, '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''));
  });
  return { blocks: splitBlocks(lines.join('\n')), meta, genreLabels };
}

function readPlainText(text: string): RawArticle {
  // Wiki section headings ("==Reactions==") left inside a one-line body mark paragraph breaks.
  const sections = text
    .replace(/\{\|[\s\S]*?\|\}/g, '\n\n')
    .replace(/\s*={2,}\s*[^=\n]{1,80}?\s*={2,}\s*/g, '\n\n');
  return { blocks: splitBlocks(sections), meta: {} };
}

function readRaw(text: string, format: InputFormat): RawArticle {
  switch (format) {
    case 'text':
      return readPlainText(text);
    case 'markdown':
      return readMarkdown(text);
    case 'html':
      return readHtml(text);
    default:
      throw new BriefError('INPUT_UNREADABLE', `unknown input format ${JSON.stringify(format)}`);
  }
}

/** Desk tags on wire headlines: "(LEAD) …", "(2nd LD) …", "UPDATE 2-…", "REFILE-…". */
const WIRE_SLUG = /^(?:\((?:LEAD|\d+(?:st|nd|rd|th) LD|URGENT|UPDATE|CORRECTED|REFILE|WRAP-?UP)[^)]{0,20}\)\s*|(?:UPDATE \d+|REFILE|CORRECTED|WRAPUP \d+)\s*-\s*)/;

const WIRE_DATELINE = /^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z.]*\s+\d{1,2})?\s*\(([A-Z][A-Za-z]{1,15})\)\s*[-–—]+\s*/;

/** Reads an article from its text: finds headline, outlet, byline and date, drops page furniture. */
export function readArticle(text: string, options: ReadOptions = {}): Article {
  const source = options.source ?? '-';
  const normalised = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') throw new BriefError('INPUT_EMPTY', 'the input has no text', { file: source });
  const format = options.format ?? detectFormat(normalised, source);
  const raw = readRaw(normalised, format);
  const dropped: string[] = [...(raw.dropped ?? [])];
  const meta: ArticleMeta = {
    headline: raw.meta.headline ?? '',
    outlet: raw.meta.outlet ?? null,
    byline: raw.meta.byline ?? null,
    published: raw.meta.published ?? null,
    publishedText: raw.meta.publishedText ?? null,
    credit: null,
    source,
    url: raw.meta.url ?? options.url ?? null,
    standfirst: raw.meta.standfirst ?? null,
    genre: 'news',
  };
  const titleLines: string[] = [];
  const body: string[] = [];
  // One block between the headline and the byline or date line is the standfirst, not the story's first paragraph.
  let blockIndex = -1;
  let firstBodyAt = -1;
  const takeStandfirst = (): void => {
    if (body.length === 1 && titleLines.length > 0 && blockIndex === firstBodyAt + 1 && wordCount(body[0]!) <= 60) meta.standfirst ??= body.pop()!;
  };
  for (const rawBlock of raw.blocks) {
    blockIndex++;
    const block = cleanText(rawBlock);
    if (isFurniture(block) || isRepeatedCaption(block)) {
      dropped.push(block);
      continue;
    }
    // A standfirst under the headline ("Study finds …", no full stop) comes before the byline and date: still the header.
    const inHeader = body.length === 0 || (body.length === 1 && titleLines.length > 0 && isTitleLike(body[0]!) && !isBodyLike(body[0]!));
    // Bylines and date lines sit under the headline, sometimes below a one-sentence standfirst.
    const nearTop = inHeader || body.length <= 2;
    const byline = nearTop ? bylineOf(block) : null;
    if (byline) {
      meta.byline ??= byline;
      takeStandfirst();
      continue;
    }
    const dateline = nearTop ? datelineOf(block) : null;
    if (dateline) {
      meta.publishedText ??= dateline;
      meta.published ??= parseDate(dateline);
      takeStandfirst();
      continue;
    }
    if (inHeader && !isBodyLike(block) && isTitleLike(block) && titleLines.length < 2) {
      titleLines.push(block);
      continue;
    }
    if (inHeader && titleLines.length > 0 && /\([A-Z][A-Za-z/ ]{1,30}\)$/.test(block) && !isBodyLike(block.replace(/\s*\([^()]*\)$/, ''))) {
      dropped.push(block);
      continue;
    }
    if (body.length === 0) firstBodyAt = blockIndex;
    body.push(block);
  }
  // A bare "Opinion" or "Analysis" line above the headline labels the piece; it is not the outlet.
  const labels = titleLines.filter((line) => (genreOfLabel(line) ?? 'news') !== 'news');
  titleLines.splice(0, titleLines.length, ...titleLines.filter((line) => !labels.includes(line)));
  if (!meta.headline) {
    if (titleLines.length >= 2) {
      meta.outlet ??= titleLines[0]!;
      meta.headline = titleLines[1]!;
    } else meta.headline = titleLines[0] ?? '';
  } else {
    // A title line that repeats the headline given by the page or front matter is neither the outlet nor body text.
    const others = titleLines.filter((line) => line.toLowerCase() !== meta.headline!.toLowerCase());
    dropped.push(...titleLines.filter((line) => !others.includes(line)));
    if (others.length > 0 && !meta.outlet) meta.outlet = others[0]!;
  }
  // Topic tags and link lists after the story ("Rail strikes", "Trade unions") are short lines that are not sentences.
  while (body.length > 1 && isTrailingTag(body[body.length - 1]!)) dropped.push(body.pop()!);
  if (body.length > 0) {
    // A wire dateline ("MILAN, March 4 (Reuters) - ") opens the story but is not part of its first sentence.
    const wire = WIRE_DATELINE.exec(body[0]!);
    if (wire) {
      meta.credit ??= wire[1]!;
      body[0] = body[0]!.slice(wire[0].length);
    }
    const last = splitTrailingCredit(body[body.length - 1]!);
    if (last.credit) {
      meta.credit = last.credit;
      body[body.length - 1] = last.text;
    }
  }
  const headlineLine = takeHeadlineParagraph(body, meta.headline);
  if (headlineLine.dropped) dropped.push(headlineLine.dropped);
  if (headlineLine.headline) meta.headline = headlineLine.headline;
  const paragraphs: Paragraph[] = body.filter((b) => b !== '').map((b, i) => ({ index: i + 1, text: b }));
  if (paragraphs.length === 0) {
    throw new BriefError('INPUT_EMPTY', 'no article body found (only a title or page furniture)', { file: source });
  }
  if (!meta.headline) meta.headline = paragraphs[0]!.text.split(/(?<=[.!?])\s/)[0]!.slice(0, 120);
  meta.headline = meta.headline.replace(WIRE_SLUG, '').trim() || meta.headline;
  meta.genre = detectGenre({ stated: [...(raw.genreLabels ?? []), ...labels], url: meta.url, headline: meta.headline, byline: meta.byline });
  meta.headline = splitHeadlineLabel(meta.headline).headline;
  return { type: 'article', format, meta, paragraphs, dropped };
}
