// readArticle: text of any supported format → headline, metadata and clean body paragraphs.
import { isBriefText } from './brief-mark.js';
import { bylineShown } from './byline-form.js';
import { BriefError, isBriefError } from '../errors.js';
import type { Article, ArticleMeta, InputFormat, Paragraph, RawArticle } from '../types.js';
import { firstSentence, footFurnitureKind, isFootFurniture, isTrailingTag, splitTrailingCredit, withoutClosingStop } from './header-lines.js';
import { detectFormat } from './formats/detect.js';
import { readFormat } from './formats/registry.js';
import { detectGenre, splitHeadlineLabel } from './genre.js';
import { splitHeader } from './header.js';
import { dropTemplateResidue } from './template-residue.js';
import { dropRepeatedBlocks } from './repeated-blocks.js';
import { storyDateline } from './story-dateline.js';
import { takeDekAboveDateline } from './dek-above-dateline.js';
import { takeAuthorTagline } from './author-tagline.js';
import { takeHeadlineParagraph } from './headline-paragraph.js';
import { oneByteTexts } from './one-byte.js';
import { markDoubledQuotes } from './doubled-quotes.js';

export interface ReadOptions {
  /** Where the text came from, for metadata and error messages. */
  source?: string;
  /** Forces the input format instead of detecting it. */
  format?: InputFormat;
  /** The address the text was fetched from. */
  url?: string;
}

/** Desk tags on wire headlines: "(LEAD) …", "(2nd LD) …", "UPDATE 2-…", "REFILE-…". */
const WIRE_SLUG =
  /^(?:\((?:LEAD|\d+(?:st|nd|rd|th) LD|URGENT|UPDATE|CORRECTED|REFILE|WRAP-?UP)[^)]{0,20}\)\s*|(?:UPDATE \d+|REFILE|CORRECTED|WRAPUP \d+)\s*-\s*)/;

/**
 * "Follow Pam Key on Twitter @pamkeyNEN.", "Follow … founder Lee Stranahan on Twitter", "Follow Jeff Horwitz and Chad Day on
 * Twitter": the closing line of a story names its writers when no byline did.
 */
const WRITER = "(?:\\p{Lu}[\\p{L}'\u2019.-]*\\s){1,2}\\p{Lu}[\\p{L}'\u2019-]+";
const FOLLOW_WRITER = new RegExp(`^Follow (?:[^.]{0,80}?\\s)??(${WRITER}(?: and ${WRITER})?) on (?:Twitter|Facebook|Instagram)\\b`, 'u');

/** Whether a block opens on a name the byline gives, in full or by the given name of a two-word name ("Jane Doe is …", "Jane is …"). */
function opensOnByline(block: string, byline: string | null): boolean {
  const names = (byline ?? '').split(/\s*(?:,|&|\band\b|\|)\s*/).filter((n) => /^\p{Lu}\S*\s+\p{Lu}/u.test(n));
  return names.some((n) => block.startsWith(`${n} `) || (n.split(/\s+/).length === 2 && block.startsWith(`${n.split(/\s+/)[0]} `)));
}

/** Drops the body's block `k` as furniture; a closing "Follow … on Twitter" that goes names the writers when no byline did. */
function dropFootBlock(body: string[], k: number, meta: ArticleMeta, dropped: string[]): void {
  const [block = ''] = body.splice(k, 1);
  dropped.push(block);
  meta.byline ??= FOLLOW_WRITER.exec(block)?.[1] ?? null;
}

function popFootLines(body: string[], meta: ArticleMeta, dropped: string[]): void {
  for (let tag = body.at(-1); body.length > 1 && tag !== undefined && (isTrailingTag(tag) || isFootFurniture(tag)); tag = body.at(-1))
    dropFootBlock(body, body.length - 1, meta, dropped);
}

/** Drops topic tags, bios and contact lines after the story and moves a trailing credit from the body into `meta.credit`. */
function trimBodyEnds(body: string[], meta: ArticleMeta, dropped: string[]): void {
  // Topic tags and link lists after the story ("Rail strikes", "Trade unions") are short lines that are not sentences;
  // author bios and contact lines close it too.
  popFootLines(body, meta, dropped);
  // One line the lists do not know ("Note: comments are moderated") shields a contact line or a bio before it: among the last three
  // paragraphs, a contact line goes, and so does a bio that opens on the byline's name (a bio's words alone also fit the story's people).
  const [length, from] = [body.length, Math.max(1, body.length - 3)];
  for (let k = length - 1; k >= from; k--) {
    const block = body[k] ?? '';
    const kind = footFurnitureKind(block);
    if (kind === 'contact' || (kind === 'bio' && opensOnByline(block, meta.byline))) dropFootBlock(body, k, meta, dropped);
  }
  if (body.length < length) popFootLines(body, meta, dropped);
  const last = splitTrailingCredit(body.at(-1) ?? '');
  if (last.credit) {
    meta.credit = last.credit;
    body[body.length - 1] = last.text;
  }
}

/** The format reader's result; its BriefErrors name the input. */
function readAs(text: string, format: InputFormat, source: string, url: string | undefined): RawArticle {
  try {
    return readFormat(text, format, url ? { url } : {});
  } catch (error) {
    if (!isBriefError(error) || error.file !== undefined) throw error;
    throw new BriefError(error.code, error.message, { file: source, cause: error, ...(error.hint ? { hint: error.hint } : {}) });
  }
}

/** Reads an article from its text: finds headline, outlet, byline and date, drops page furniture. */
export function readArticle(text: string, options: ReadOptions = {}): Article {
  const source = options.source ?? '-';
  const normalised = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') throw new BriefError('INPUT_EMPTY', 'the input has no text', { file: source });
  // A brief this tool wrote is no news article: reading it would brief the brief.
  if (isBriefText(normalised)) throw new BriefError('INPUT_NOT_TEXT', 'this is a brief made by brief, not a news article', { file: source });
  const format = options.format ?? detectFormat(normalised, source);
  const raw = readAs(normalised, format, source, options.url);
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
  const { body, labels } = splitHeader(markDoubledQuotes(raw.blocks), meta, dropped);
  // A page that states its header in markup names its outlet there; a line above its story is no better evidence.
  if (raw.evidence) meta.outlet = raw.meta.outlet ?? null;
  trimBodyEnds(body, meta, dropped);
  // An op-ed's closing line about its writer ("Rick Scott is the Republican governor of Florida") names the writer.
  const tagline = takeAuthorTagline(body);
  if (tagline) {
    dropped.push(tagline.line);
    meta.byline ??= tagline.writers.join(', ');
  }
  const headlineLine = takeHeadlineParagraph(body, meta.headline);
  if (headlineLine.dropped) dropped.push(headlineLine.dropped);
  if (headlineLine.headline) meta.headline = headlineLine.headline;
  // The story then opens on the next block: a wiki template's name left before its first sentence goes, as above.
  if (headlineLine.headline && body[0] !== undefined) body[0] = dropTemplateResidue(body[0]);
  // A database's labelled abstract above the dateline stays in the body: it is the outlet's own summary (see formats/text.ts).
  const abstract = (raw.dropped ?? []).some((label) => /^abstract\.?$/i.test(label));
  const dek = meta.standfirst === null && !abstract ? takeDekAboveDateline(body, meta.headline) : undefined;
  if (dek !== undefined) meta.standfirst = dek;
  // A wire dateline ("MILAN, March 4 (Reuters) - ") opens the story but is not part of its first sentence.
  const opening = body[0] ?? '';
  const wire = storyDateline(opening);
  if (wire?.agency) {
    meta.credit ??= wire.agency;
    body[0] = opening.slice(wire.text.length);
  }
  dropRepeatedBlocks(body, dropped);
  const paragraphs: Paragraph[] = body.filter((b) => b !== '').map((b, i) => ({ index: i + 1, text: b }));
  if (paragraphs.length === 0) {
    throw new BriefError('INPUT_EMPTY', 'no article body found (only a title or page furniture)', { file: source });
  }
  // The first sentence stands in for a missing headline; split always yields at least one piece.
  if (!meta.headline) meta.headline = firstSentence(paragraphs[0]?.text ?? '').slice(0, 120);
  meta.headline = meta.headline.replace(WIRE_SLUG, '').trim() || meta.headline;
  meta.byline = bylineShown(meta.byline, meta.outlet);
  meta.genre = detectGenre({ stated: [...(raw.genreLabels ?? []), ...labels], url: meta.url, headline: meta.headline, byline: meta.byline });
  meta.headline = splitHeadlineLabel(meta.headline).headline;
  // A page's or a front matter's title is as its site wrote it; a plain text's first line may carry an export's stop.
  if (format === 'text') meta.headline = withoutClosingStop(meta.headline);
  oneByteTexts(normalised, paragraphs, meta);
  return { type: 'article', format, meta, paragraphs, dropped, evidence: raw.evidence ?? [] };
}
