// The header fields an HTML page states, gathered as evidence from every place a page states them (JSON-LD, Open
// Graph and Twitter cards, <meta>, microdata, the article's <h1>, <title>, <time>), then chosen by agreement.
import { joinWords } from '../../front-matter.js';
import type { ArticleMeta, HeaderCandidate, HeaderField, HeaderOrigin } from '../../types.js';
import { lexicons } from '../../lexicon.js';
import { chooseHeader, sameStory } from '../header-evidence.js';
import { cjkLength, parseDate } from '../header-lines.js';
import { namesOfByLine, personName, withoutLabel } from './by-line.js';
import { inTeaser } from './html-teaser.js';
import { type DomDocument, type DomElement, type JsonObject, jsonLdNodes, metaTag, metaValues, NEWS_TYPES, names, squash, typesOf } from './html-dom.js';

const attr = (el: DomElement | null, ...names: string[]): string => {
  for (const name of names) {
    const value = squash(el?.getAttribute(name));
    if (value) return value;
  }
  return '';
};

const DATE_HINTS = ['date', 'Date', 'timestamp', 'Timestamp', 'publish', 'Publish', 'posted', 'dateline']
  .map((h) => `[class*="${h}"], [id*="${h}"]`)
  .join(', ');

/** The page's JSON-LD objects that state its header: the news article, and the site or organisation behind it. */
export interface PageJsonLd {
  news: JsonObject | undefined;
  site: JsonObject | undefined;
}

/** Reads the page's JSON-LD once for both the header evidence and the genre labels. */
export function pageJsonLd(doc: DomDocument): PageJsonLd {
  const nodes = jsonLdNodes(doc);
  return {
    news: nodes.find((n) => typesOf(n).some((t) => NEWS_TYPES.test(t))),
    site: nodes.find((n) => typesOf(n).some((t) => /^(WebSite|NewsMediaOrganization|Organization)$/.test(t))),
  };
}

const headings = new WeakMap<DomDocument, DomElement | null>();

/** The story's own <h1> (read once a page: the header and each byline reader ask for it). */
export function storyHeading(doc: DomDocument): DomElement | null {
  if (!headings.has(doc)) headings.set(doc, findStoryHeading(doc));
  return headings.get(doc) ?? null;
}

/** The story's own <h1>: inside the article when the page marks one, else the page's only <h1>. */
function findStoryHeading(doc: DomDocument): DomElement | null {
  const h1s = Array.from(doc.querySelectorAll('h1'));
  const marked = Array.from(doc.querySelectorAll('article h1, main h1, [itemprop="headline"]'));
  // schema.org's alternativeHeadline is a secondary title (a display or search variant): the stated headline goes first.
  const stated = marked.find((el) => !/\balternativeHeadline\b/.test(el.getAttribute('itemprop') ?? '')) ?? marked[0];
  const chosen = stated ?? (h1s.length === 1 ? (h1s[0] ?? null) : null);
  // One that tells none of the page's stated titles (a section label, a logo) gives way to the first heading that does.
  const titles = [metaTag(doc, 'og:title'), metaTag(doc, 'twitter:title'), squash(doc.querySelector('title')?.textContent)].filter((t) => t) as string[];
  const tells = (el: DomElement): boolean => titles.some((t) => sameStory(squash(el.textContent), t));
  if (chosen && tells(chosen)) return chosen;
  return Array.from(doc.querySelectorAll('h1, [itemprop="headline"]')).find(tells) ?? chosen;
}

/** Every value the page offers for each header field, strongest origin first. */
function collectCandidates(doc: DomDocument, { news, site }: PageJsonLd): HeaderCandidate[] {
  const out: HeaderCandidate[] = [];
  const add = (field: HeaderField, origin: HeaderOrigin, value: unknown): void => {
    const text = typeof value === 'string' ? squash(value) : '';
    if (text && !out.some((c) => c.field === field && c.origin === origin && c.value === text)) out.push({ field, value: text, origin });
  };
  if (news) {
    add('headline', 'json-ld', news.headline ?? news.name);
    add('outlet', 'json-ld', names(news.publisher ?? null));
    add('byline', 'json-ld', names(news.author ?? null));
    add('published', 'json-ld', parseDate(String(news.datePublished ?? news.dateCreated ?? '')));
    const main = news.mainEntityOfPage;
    add('url', 'json-ld', news.url ?? (typeof main === 'string' ? main : (main as JsonObject | undefined)?.['@id']));
  }
  if (site) add('outlet', 'json-ld', names(site));
  add('headline', 'open-graph', metaTag(doc, 'og:title'));
  add('headline', 'twitter', metaTag(doc, 'twitter:title'));
  add('outlet', 'open-graph', metaTag(doc, 'og:site_name'));
  add('outlet', 'application-name', metaTag(doc, 'application-name', 'apple-mobile-web-app-title'));
  add('url', 'open-graph', metaTag(doc, 'og:url'));
  add('url', 'link', attr(doc.querySelector('link[rel="canonical"]'), 'href'));
  const publishedTag = metaTag(
    doc,
    'article:published_time',
    'og:article:published_time',
    'datePublished',
    'pubdate',
    'publishdate',
    'publish-date',
    'publish_date',
    'dc.date.issued',
    'dc.date',
    'DC.date.issued',
    'dcterms.created',
    'sailthru.date',
    'parsely-pub-date',
    'date',
  );
  add('published', 'meta', publishedTag ? parseDate(publishedTag) : null);
  const named = metaValues(doc, 'author');
  for (const author of [
    ...(named.length > 0 ? named : [metaTag(doc, 'byl', 'parsely-author', 'sailthru.author', 'dc.creator')]),
    metaTag(doc, 'article:author', 'og:article:author'),
  ]) {
    add('byline', 'meta', author ? givenNameFirst(author.replace(/^by\s+/i, '')) : author);
  }
  const itemDate = doc.querySelector('[itemprop="datePublished"]');
  add('published', 'microdata', parseDate(attr(itemDate, 'content', 'datetime', 'value') || squash(itemDate?.textContent)));
  add('byline', 'microdata', microdataAuthor(doc.querySelector('[itemprop~="author"]')));
  const h1 = storyHeading(doc);
  // Every writer the byline links as its author ("Julia Carrie Wong and Sam Levin"), each once: the links beside the first,
  // not other stories' authors elsewhere on the page.
  const authors = Array.from(doc.querySelectorAll('[rel="author"]'));
  const byline = authors.filter((a) => a.parentElement !== null && a.parentElement === authors[0]?.parentElement);
  const linked = [...new Set(byline.map((a) => squash(a.textContent)))].filter((n) => n && n.split(' ').length <= 5);
  add('byline', 'link', joinWords(linked));
  // The visible byline, where the page's classes name it ("byline", "author-name").
  const shown = Array.from(
    doc.querySelectorAll('[class*="byline__name"], [class*="author-name"], [class*="authorName"], [class~="byline"], [class*="article-byline"]'),
  ).find((el) => !inTeaser(el, doc, h1));
  const shownText = squash(shown?.textContent);
  if (shownText.split(' ').length <= 16) add('byline', 'link', shownText);
  add('headline', 'h1', squash(h1?.textContent));
  add('headline', 'title', squash(doc.querySelector('title')?.textContent));
  const time = doc.querySelector('time[pubdate], article time[datetime], time[datetime], [datetime]');
  add('published', 'time', parseDate(attr(time, 'datetime')));
  const stamped = doc.querySelector('[data-published], [data-published-date], [data-publish-date], [data-date-published], [data-timestamp]');
  add('published', 'time', parseDate(attr(stamped, 'data-published', 'data-published-date', 'data-publish-date', 'data-date-published')));
  // A short element whose class names it the date ("byline__date", "timestamp", "pubDate") and whose text is one.
  const shortDate = (el: DomElement): string | null => {
    const text = squash(el.textContent);
    // Japanese and Chinese text has no spaces: a related story's title with its date ("…（2020年08月02日）") is one "word".
    return text.split(' ').length <= 14 && cjkLength(text) <= 16 ? parseDate(text) : null;
  };
  add('published', 'time', Array.from(doc.querySelectorAll(DATE_HINTS)).map(shortDate).find(Boolean));
  // Else a date line printed near the headline ("December 16, 2016, 4:19 PM"): the first short date under the
  // headline's nearest containers.
  let near: DomElement | null = h1;
  for (let up = 0; near && up < 4 && !out.some((c) => c.field === 'published'); up++) {
    near = near.parentElement;
    const line = near ? Array.from(near.querySelectorAll('p, span, div, time, li')).find((el) => el.children.length === 0 && shortDate(el)) : undefined;
    if (line) add('published', 'time', shortDate(line));
  }
  return out;
}

/** The names an author scope gives, every one of them ("Paul Wiseman" and "Fatima Hussein" in one scope; a date marked as a name is none), else its text. */
function microdataAuthor(scope: DomElement | null): string | null {
  const named = Array.from(scope?.querySelectorAll('[itemprop="name"]') ?? []);
  const each = [...new Set(named.map((el) => attr(el, 'content') || squash(el.textContent)).filter((name) => name && !/\d/.test(name)))];
  if (each.length === 0) return squash(scope?.textContent) || null;
  return joinWords(each);
}

/** Paths of a site's page about one of its writers ("/author/jane-roe", "/profile/…", "/about/editors/…"). */
const AUTHOR_PAGE = ['/author/', '/authors/', '/profile/', '/editors/', '/people/', '/staff/', '/writers/', '/contributors/', '/User/', '/user/'];
/** A link's text that is one person's name, or two joined by "and". */
function isLinkedName(text: string): boolean {
  const names = text.split(' and ');
  return names.length <= 2 && names.every((n) => personName().test(n));
}

/** Words of a site's own links to such pages ("My Profile", "All Authors", "Meet the Staff"), never of a name. */
const NOT_NAME =
  /\b(?:profile|account|authors?|staff|team|stories|posts|articles|more|view|all|our|my|sign|log|contributors?|editors?|writers?|people|about|contact)\b/i;

/**
 * The byline of a page that marks it no other way: its first link to a writer's page whose text is a name, else its
 * first element that reads "By" and a name, else the writer its Twitter card names.
 */
export function authorPageLink(doc: DomDocument): string | null {
  const selector = AUTHOR_PAGE.map((path) => `a[href*="${path}"]`).join(', ');
  const h1 = storyHeading(doc);
  for (const link of Array.from(doc.querySelectorAll(selector))) {
    // "By Travis Haney" as the link's whole text.
    const text = squash(link.textContent).replace(/^By:?\s*(?=\p{Lu})/u, '');
    if (isLinkedName(text) && !NOT_NAME.test(text) && !inTeaser(link, doc, h1)) return text;
  }
  for (const el of Array.from(doc.querySelectorAll('p, div, span, cite, li'))) {
    const text = el.textContent ?? '';
    if (text.length > 120) continue;
    const names = namesOfByLine(squash(text));
    if (names && !NOT_NAME.test(names)) return names;
  }
  // Last, a Twitter card's "Written by" and its value, as blog software writes them (sometimes the account that posted).
  const written = [1, 2, 3, 4].find((k) => /^(?:written by|author)$/i.test(metaTag(doc, `twitter:label${k}`) ?? ''));
  return written ? metaTag(doc, `twitter:data${written}`) : null;
}

/** A class word that names the writer ("writer", "writer-name", "meta-writer-name"), not "typewriter" or "copywriter". */
const WRITER_CLASS = /(?:^|[\s_-])writer(?:$|[\s_-])/i;

/** Last of all, a short element whose class names the writer, as Japanese news sites mark it ("松村太郎"), without its label. */
export function writerClassText(doc: DomDocument): string | null {
  for (const el of Array.from(doc.querySelectorAll('[class*="writer"]'))) {
    const text = withoutLabel(squash(el.textContent));
    if (WRITER_CLASS.test(el.getAttribute('class') ?? '') && text !== '' && text.length <= 40 && !NOT_NAME.test(text)) return text;
  }
  return null;
}

/** Metadata the page states, each field chosen from its candidates (src/read/header-evidence.ts). */
export function pageMeta(doc: DomDocument, ld: PageJsonLd, pageUrl?: string): { meta: Partial<ArticleMeta>; evidence: HeaderCandidate[] } {
  const host = pageUrl && /^https?:\/\//.test(pageUrl) ? new URL(pageUrl).hostname : null;
  const chosen = chooseHeader(collectCandidates(doc, ld), host);
  const meta: Partial<ArticleMeta> = {};
  if (chosen.url) meta.url = chosen.url;
  if (chosen.headline) meta.headline = chosen.headline;
  if (chosen.outlet) meta.outlet = chosen.outlet;
  if (chosen.byline) meta.byline = chosen.byline;
  if (chosen.published) {
    meta.published = chosen.published;
    const shown = squash(
      Array.from(doc.querySelectorAll('time[datetime]')).find((t) => parseDate(t.getAttribute('datetime') ?? '') === chosen.published)?.textContent,
    );
    // Only a date the page prints is its wording; a machine timestamp has none, and the page shows `published` instead.
    meta.publishedText = shown && parseDate(shown) ? shown : null;
  }
  return { meta, evidence: chosen.evidence };
}

/** What the page says the piece is, strongest first: its schema.org type, its stated section, the section meta tags. */
export function genreLabelsOf(doc: DomDocument, { news }: PageJsonLd): string[] {
  const section = news?.articleSection;
  const sections = (Array.isArray(section) ? section : [section]).filter((x): x is string => typeof x === 'string');
  const tags = [metaTag(doc, 'article:section'), metaTag(doc, 'article:opinion') === 'true' ? 'opinion' : null];
  return [...(news ? typesOf(news) : []), ...sections, ...tags].filter((x): x is string => Boolean(x));
}

/** "Gillman, Steve", as a catalogue lists an author: the given name first, when it is one and the surname is not. */
function givenNameFirst(author: string): string {
  const m = /^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’-]+)$/u.exec(author.trim());
  const { givenNames } = lexicons();
  return m?.[1] && m[2] && givenNames.has(m[2].toLowerCase()) && !givenNames.has(m[1].toLowerCase()) ? `${m[2]} ${m[1]}` : author;
}
