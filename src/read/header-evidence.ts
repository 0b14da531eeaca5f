// Choosing a header field from the values a page offers: the value most places agree on, else the strongest origin;
// never a URL, a newsletter promo or the site's own name where a headline belongs.
import { lexicons } from '../lexicon.js';
import { isDeskCredit, isPersonCredit } from './formats/by-line.js';
import { cjkLength } from './header-lines.js';
import { localDays } from './local-day.js';
import type { HeaderCandidate, HeaderField, HeaderOrigin } from '../types.js';

const ORIGINS: readonly HeaderOrigin[] = ['json-ld', 'open-graph', 'twitter', 'meta', 'application-name', 'microdata', 'h1', 'title', 'time', 'link', 'host'];
const rankOf = (c: HeaderCandidate): number => ORIGINS.indexOf(c.origin);

// A web address; a brand spelt as a domain ("Space.com") is a name, not an address.
const URL_LIKE = /^(?:https?:|www\.)|\/\/|^[\w-]+(?:\.[\w-]+)+\/\S/i;
const PROMO = /\b(?:sign up|subscribe|newsletter|in your inbox|get (?:the|our) app|download (?:the|our) app)\b/i;
/** Words that make a title the site's own ("Yahoo News - Latest News & Headlines"), not a story's. */
const GENERIC_TITLE = /\b(?:latest news|breaking news|headlines|home ?page|official site|news, sport and opinion|top stories)\b/i;
/** The spaced bar or dash between a title's parts ("Story | Site", "Site - Slogan"). */
const BAR = /\s+[|–—-]\s+/;
const BARS = new RegExp(BAR.source, 'g');
/** A <title>'s parts, split also at full-width bars and colons and at underscores, as Chinese and Japanese sites write them. */
const TITLE_PARTS = new RegExp(`${BAR.source}|\\s*[｜：_]\\s*`);
/** Separators between a headline and the site or author after it (a bare colon too: "Story:Site"); only known tails are cut. */
const TAIL = /(?:\s+[|–—-]\s+|\s+[:·]\s+|\s+::\s+|\s*[｜|]\s*|\s*：\s*|:(?=[^\s:/]))(?=[^|–—｜：]*$)/u;

/** A value's identity for agreement: letters and digits only, lower-case, without a leading "the" or a domain ending. */
export function keyOf(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\.(?:com|co\.uk|org|net|co|de|fr|jp|io)\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A host as its outlet is known, without a "www." in front ("www2.nytimes.com" → "nytimes.com"). */
const bareHost = (host: string): string => host.toLowerCase().replace(/^www\d?\./, '');

/** The outlet's name for a host, from data/lexicons/outlets.tsv ("www.nytimes.com" → "The New York Times"). */
export function outletOfHost(host: string): string | null {
  const map = lexicons().outletHosts;
  let h = bareHost(host);
  for (;;) {
    const name = map.get(h);
    if (name) return name;
    const dot = h.indexOf('.');
    if (dot < 0 || h.indexOf('.', dot + 1) < 0) return null;
    h = h.slice(dot + 1);
  }
}

/** The second-level label of a host ("edition.cnn.com" → "cnn"), which an outlet's name usually spells. */
export function hostLabel(host: string): string {
  const parts = bareHost(host).split('.');
  const tail = parts.length > 2 && /^(?:co|com|org|net|ac|gov|ne|or)$/.test(parts.at(-2) ?? '') ? 3 : 2;
  return parts.at(-tail) ?? parts[0] ?? '';
}

/** A headline or outlet candidate that can never be right. */
function isJunk(c: HeaderCandidate): boolean {
  const v = c.value;
  if (v === '' || URL_LIKE.test(v) || PROMO.test(v) || /^\[.*\]$/.test(v)) return true;
  if (c.field === 'outlet') return v.split(/\s+/).length > 8;
  return false;
}

/** A tail that spells a known outlet, author or host name, whole or with a few words around it ("phpspot開発日誌"). */
function namesKnown(tail: string, known: ReadonlySet<string>): boolean {
  if (known.has(tail)) return true;
  return tail.length >= 4 && [...known].some((k) => k.length >= 4 && (tail.includes(k) || k.includes(tail)));
}

/** Cuts site and author tails off a headline ("Story | Jane Doe | The Guardian" → "Story") when the tail names one of `known`. */
export function stripTails(value: string, known: ReadonlySet<string>): { head: string; tails: string[] } {
  let head = value;
  const tails: string[] = [];
  for (let m = TAIL.exec(head); m; m = TAIL.exec(head)) {
    const tail = head.slice(m.index + m[0].length);
    const before = head.slice(0, m.index);
    if (!namesKnown(keyOf(tail), known) || keyOf(before) === '') break;
    tails.unshift(tail);
    head = before;
  }
  return { head, tails };
}

/** A key's length in Latin letters: a Chinese or Japanese character counts as three. */
const weight = (key: string): number => key.length + 2 * cjkLength(key);

/** Two headline keys that tell the same story: one holds the other, or they share most of the shorter one's letters in order. */
function overlaps(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a === b) return true;
  // A short heading ("Custom", "Original text") inside a long title proves nothing; a CJK character carries a word.
  const shorter = Math.min(weight(a), weight(b));
  if (shorter < 10) return false;
  if (a.includes(b) || b.includes(a)) return true;
  // Rewordings keep the words: compare character trigrams.
  const grams = (k: string): Set<string> => new Set(Array.from({ length: Math.max(0, k.length - 2) }, (_, i) => k.slice(i, i + 3)));
  const ga = grams(a);
  const gb = grams(b);
  const shared = [...ga].filter((g) => gb.has(g)).length;
  return shared >= 0.6 * Math.min(ga.size, gb.size);
}

/** Whether two headlines tell the same story, by their keys (`overlaps`). */
export const sameStory = (a: string, b: string): boolean => overlaps(keyOf(a), keyOf(b));

/** A site's name without the slogan or generic title after it ("Yahoo News - Latest News & Headlines" → "Yahoo News"). */
function siteNameOf(value: string, host: string | null): string {
  const parts = value.split(BAR);
  if (parts.length < 2) return value;
  const label = host ? keyOf(hostLabel(host)) : '';
  // Else the last short part: sections and slogans come before or after it ("India News - Times of India").
  const named = parts.filter((p) => !GENERIC_TITLE.test(p) && p.split(/\s+/).length <= 4);
  return parts.find((p) => label !== '' && keyOf(p).includes(label)) ?? named.at(-1) ?? value;
}

/**
 * The sub-domain a site name must not merely repeat: a known outlet's ("hosted" on hosted.ap.org, The Associated Press); '' for none.
 * A sub-domain of an unknown host may be the brand ("ProFootballTalk" on profootballtalk.nbcsports.com).
 */
function knownSubdomain(host: string | null): string {
  if (host === null || outletOfHost(host) === null) return '';
  const sub = bareHost(host).split('.')[0] ?? '';
  return sub !== hostLabel(host) ? sub : '';
}

/** A social handle ("@politifact"), or only the known outlet's sub-domain (`sub`): no outlet a reader knows. */
const namesNoOutlet = (value: string, sub: string): boolean => /^@\w+$/.test(value.trim()) || (sub !== '' && keyOf(value) === sub);

/** The candidate most origins agree on (by `keyOf`), ties to the strongest origin; `pick` chooses the form shown. */
function mostAgreed(cands: readonly HeaderCandidate[], pick: (group: HeaderCandidate[]) => HeaderCandidate): HeaderCandidate | null {
  const groups = new Map<string, HeaderCandidate[]>();
  for (const c of cands) {
    const key = c.field === 'published' ? c.value.slice(0, 10) : keyOf(c.value);
    if (key === '') continue;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  let best: HeaderCandidate[] | null = null;
  const support = (g: HeaderCandidate[]): number => new Set(g.map((c) => c.origin)).size;
  const strongest = (g: HeaderCandidate[]): number => Math.min(...g.map(rankOf));
  for (const g of groups.values()) {
    if (!best || support(g) > support(best) || (support(g) === support(best) && strongest(g) < strongest(best))) best = g;
  }
  return best ? pick([...best].sort((a, b) => rankOf(a) - rankOf(b))) : null;
}

const first = (group: HeaderCandidate[]): HeaderCandidate => group[0] as HeaderCandidate;

/** An outlet as readers write it: capitals and spaces ("Miami Herald") before a handle ("miamiherald", "Bloomberg.com"). */
function readableOutlet(group: HeaderCandidate[]): HeaderCandidate {
  const score = (c: HeaderCandidate): number =>
    (/\p{Lu}/u.test(c.value) ? 2 : 0) + (/^\p{Ll}/u.test(c.value) ? -1 : 0) + (/\.\w{2,3}$/.test(c.value) ? -1 : 0) + (/\s/.test(c.value) ? 1 : 0);
  return [...group].sort((a, b) => score(b) - score(a) || rankOf(a) - rankOf(b))[0] as HeaderCandidate;
}

/** A headline as the page shows it: the <h1>'s wording (its quotation marks) when it agrees with the rest. */
const visibleHeadline = (group: HeaderCandidate[]): HeaderCandidate => group.find((c) => c.origin === 'h1') ?? first(group);

/** A heading that is one part of a split <title> beside a longer part: the site's name ("Site - A long story title"). */
function isSiteSegment(heading: HeaderCandidate, cands: readonly HeaderCandidate[]): boolean {
  const key = keyOf(heading.value);
  return cands.some((c) => {
    if (c.origin !== 'title') return false;
    const parts = c.value.split(TITLE_PARTS).map(keyOf);
    return parts.length > 1 && parts.includes(key) && parts.some((p) => p !== key && weight(p) > weight(key));
  });
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** "Michael Larabel in Linux on 1 June 2019 at 08:34 PM": the section and the day it was posted end the name. */
const ON_DATE = new RegExp(
  String.raw`\s+(?:in\s+\S.{0,40}?\s+)?on\s+(?=(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+${MONTH}|${MONTH}\s+\d{1,2}\b|\d{1,4}[/.-]\d))`,
  'i',
);

/** A date, a bar or a slash ends the name ("Laura Adkins December 28, 2016", "Saibal Dasgupta / TNN"); so does a social link's label. */
const NAME_END = new RegExp(
  String.raw`\s+[|/\u00b7\u2022]\s+|\s+(?=(?:twitter|facebook|instagram|email|e-mail)\b)|\s*(?=\b${MONTH}\s+\d{1,2}\b)|\s+(?=\d{1,4}[/.\u5e74-]\d)`,
  'i',
);

/** A label a page prints before its writers' names ("Text: Jane Roe", "Words: …", "Текст: …", "Autor: …"). */
const CREDIT_LABEL = /^(?:text|words|written by|author|autor|auteur|texte|texto|testo|текст|автор)\s*:\s*/i;

/** The names without such a label, when a capital follows it; else the credit as written. */
function withoutCreditLabel(credit: string): string {
  const rest = credit.replace(CREDIT_LABEL, '');
  return rest !== credit && /^\p{Lu}/u.test(rest) ? rest : credit;
}

/** A byline as readers write it, or null: "By " and anything after a " | " go ("Amy Roe | NJ Advance Media"). */
export function bylineOf(value: string, outlet?: string | null): string | null {
  // "January 17, 2017 at 6:08 PM ET by Kori Schulman": the name follows the last "by".
  // Case-blind "by" spelled out: with the i and u flags together \p{Lu} would match any letter ("updated by the newsroom").
  const afterBy = /\b[Bb][Yy]:?\s+(?=\p{Lu})/gu;
  const lastBy = [...value.matchAll(afterBy)].at(-1);
  const from = withoutCreditLabel(lastBy ? value.slice((lastBy.index ?? 0) + lastBy[0].length) : value);
  const parts = (from.split(ON_DATE)[0] ?? '').split(NAME_END).map((part) => part.trim());
  const lead = parts[0] ?? '';
  // "Politik · Jochen Bittner, Tina Hildebrandt": a one-word section label before the bar, the writers after it.
  const name = /\s/.test(lead) || isPersonCredit(lead) ? lead : (parts.slice(1, 3).find((part) => isPersonCredit(part)) ?? lead);
  // A place or desk in brackets after the name ("Jane Roe (Brussels bureau)") is not part of it.
  const trimmed = nameWithoutTail(name.replace(/(?<=\S)\s*[(\uff08][^()\uff08\uff09]*[)\uff09]$/u, ''));
  if (trimmed === '' || URL_LIKE.test(trimmed) || trimmed.split(/\s+/).length > 12) return null;
  // The outlet credited as its own author ("BBC News" by "BBC News") names nobody.
  return outlet && keyOf(outlet) === keyOf(trimmed) ? null : trimmed;
}

/** One word in lower case, digits or dots and no capital: an account's handle. */
const LOGIN_NAME = /^[\p{Ll}\d_.-]+$/u;

/** Words that open a byline's role before its noun ("Senior Politics Editor", "News & Culture Writer"). */
const ROLE_MODIFIER = /^(?:senior|chief|contributing|deputy|executive|managing|political|politics|news|business|sports?|foreign|special)\b/i;
/** Whether `word` opens a byline's role after the name: a modifier, or the first word of a newsroom role ("Editor", "Bureau"). */
function opensRole(word: string): boolean {
  const lead = /^\p{L}+/u.exec(word.toLowerCase())?.[0];
  return ROLE_MODIFIER.test(word) || lexicons().newsroomRoles.some((role) => role.split(' ')[0] === lead);
}
/** "Staff" opens a role only before one ("Staff Writer"); alone it is a desk's credit ("ZDNet Japan Staff"). */
const STAFF_ROLE = /^staff$/i;

/**
 * The name alone when a page ran its author's name into what followed it: "Howard BlumeStaff Writer", "Joe
 * DavidsonWashington PostDec 13, 2016", "谢若含2017-03-01", "Sam Stein Senior Politics Editor, The Huffington Post".
 */
function nameWithoutTail(name: string): string {
  // A date run into the name, then a word run into the next element's text (not "McDonald": four letters or more before the capital).
  let text = name.split(/(?<=\D)(?=\d{4}[-/.年]\d)/u)[0] ?? '';
  const glued = /(?<=\s\S*\p{Ll}{4})(?=\p{Lu})/u.exec(text);
  if (glued) text = text.slice(0, glued.index);
  const words = text.trim().split(/\s+/);
  const role = words.findIndex((w, i) => i >= 2 && (opensRole(w) || (STAFF_ROLE.test(w) && opensRole(words[i + 1] ?? ''))));
  return (role > 0 ? words.slice(0, roleStart(words, role)).join(' ').replace(/,$/, '') : text).trim();
}

/**
 * Where the role begins: at the comma before it when the words between are an agency or desk that opens the role, not a
 * second writer ("Robert Burns, AP National Security Writer" is Robert Burns; "Jane Roe, Tom Lee Staff Writers" keeps Tom Lee).
 */
function roleStart(words: readonly string[], role: number): number {
  let comma = role - 1;
  while (comma > 0 && !words[comma]?.endsWith(',')) comma--;
  const opener = words[comma + 1]?.toLowerCase() ?? '';
  return comma > 0 && role - comma - 1 <= 3 && !lexicons().givenNames.has(opener) ? comma + 1 : role;
}

export interface ChosenHeader {
  headline: string | null;
  outlet: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
  /** Every candidate, including the tails cut off titles, for inspection. */
  evidence: HeaderCandidate[];
}

/** A byline that reads as a company or desk ("Staff", "Inc.", the outlet's own name first) and that only one origin states. */
function soleDeskCredit(chosen: HeaderCandidate, credits: readonly HeaderCandidate[], siteKeys: ReadonlySet<string>): boolean {
  const key = keyOf(chosen.value);
  const desk = isDeskCredit(chosen.value) || [...siteKeys].some((k) => k.length >= 3 && key.startsWith(k));
  return desk && new Set(credits.filter((c) => keyOf(c.value) === key).map((c) => c.origin)).size === 1;
}

const of = (cands: readonly HeaderCandidate[], field: HeaderField): HeaderCandidate[] => cands.filter((c) => c.field === field);

/** Chooses each header field from a page's candidates, in the order the issue of evidence sets: agreement, then origin. */
export function chooseHeader(candidates: readonly HeaderCandidate[], host: string | null): ChosenHeader {
  const evidence = [...candidates];
  // A protocol-relative address ("//example.com/a") is the page's own, served over the web.
  const url =
    of(evidence, 'url')
      .map((c) => (c.value.startsWith('//') ? `https:${c.value}` : c.value))
      .find((v) => /^https?:\/\/[^\s/]+/.test(v)) ?? null;
  const pageHost = host ?? (url ? new URL(url).hostname : null);
  if (pageHost) {
    const mapped = outletOfHost(pageHost);
    if (mapped) evidence.push({ field: 'outlet', value: mapped, origin: 'host' });
  }
  const outlets = of(evidence, 'outlet')
    .map((c) => ({ ...c, value: siteNameOf(c.value, pageHost) }))
    .filter((c) => !isJunk(c));
  const credited = of(evidence, 'byline').flatMap((c) => {
    const value = bylineOf(c.value);
    return value ? [{ ...c, value }] : [];
  });
  // "mikecason" in a meta tag beside "By Mike Cason" on the page: the login name gives way to the name readers see.
  const readable = credited.filter((c) => !LOGIN_NAME.test(c.value));
  const bylines = readable.length > 0 ? readable : credited;
  const known = new Set([...outlets, ...bylines].map((c) => keyOf(c.value)));
  if (pageHost) known.add(keyOf(hostLabel(pageHost)));
  known.delete('');
  // Titles end in the site's name; a tail that names a known outlet or author is cut and counts as that outlet.
  const headlines: HeaderCandidate[] = [];
  for (const c of of(evidence, 'headline')) {
    const { head, tails } = stripTails(c.value, known);
    headlines.push({ ...c, value: head });
    for (const tail of tails)
      if (!bylines.some((b) => keyOf(b.value) === keyOf(tail))) outlets.push({ field: 'outlet', value: siteNameOf(tail, pageHost), origin: c.origin });
  }
  // A <title> alone ("Short note | Harbour Times"): its short last part is the site, as titles are written.
  // A page heading that tells nothing of the title ("Entermedia" in the masthead's h1) leaves the title alone too.
  const only = headlines.find((h) => h.origin === 'title');
  const alone = only !== undefined && headlines.every((h) => h === only || (h.origin === 'h1' && !overlaps(keyOf(h.value), keyOf(only.value))));
  if (alone && only) {
    const last = [...only.value.matchAll(BARS)].at(-1);
    const tail = last ? only.value.slice((last.index ?? 0) + last[0].length) : '';
    if (last && tail.split(/\s+/).length <= 4 && tail.length < only.value.length / 2) {
      only.value = only.value.slice(0, last.index);
      outlets.push({ field: 'outlet', value: tail, origin: 'title' });
    }
  }
  // The site's generic title ("Harbour News - Latest News & Headlines") still names the site.
  for (const c of headlines.filter((h) => h.origin === 'title' && GENERIC_TITLE.test(h.value))) {
    const name = siteNameOf(c.value, pageHost);
    if (name !== c.value) outlets.push({ field: 'outlet', value: name, origin: 'title' });
  }
  const siteKeys = new Set(outlets.map((c) => keyOf(c.value)));
  // The site's own title is no headline: the outlet's name alone, or with "Latest News & Headlines" after it.
  const isSiteTitle = (c: HeaderCandidate): boolean => {
    const k = keyOf(c.value);
    return siteKeys.has(k) || (GENERIC_TITLE.test(c.value) && [...siteKeys].some((s) => s !== '' && k.startsWith(s)));
  };
  const usable = headlines.filter((c) => !isJunk(c) && !isSiteTitle(c));
  // The story's own heading is the headline its readers saw; social and <title> versions are often rewritten for
  // search and sharing. A heading that tells none of their story is a section label, logo or kicker, not the headline.
  const heading = usable.find((c) => c.origin === 'h1' && !isSiteSegment(c, usable) && usable.some((o) => o !== c && overlaps(keyOf(c.value), keyOf(o.value))));
  // A heading that agrees with nothing else is left out too when the others say more: a stated title of the page
  // (JSON-LD, social cards), or a <title> longer than the heading ("Original text" beside a full title).
  const lone = usable.find((c) => c.origin === 'h1');
  const others = usable.filter((c) => c.origin !== 'h1');
  const saysMore = others.some((c) => c.origin !== 'title' || weight(keyOf(c.value)) > weight(keyOf(lone?.value ?? '')));
  const headline = heading ?? mostAgreed(saysMore ? others : usable, visibleHeadline);
  // A <title> that is the chosen headline and one more segment names the site in that segment.
  const chosenKey = headline ? keyOf(headline.value) : '';
  for (const c of of(evidence, 'headline').filter((t) => t.origin === 'title')) {
    const m = TAIL.exec(c.value);
    // The last segment names the site ("Story - Full Text View - ClinicalTrials.gov" → "ClinicalTrials.gov").
    const tail = m
      ? (c.value
          .slice(m.index + m[0].length)
          .split(BAR)
          .at(-1) ?? '')
      : '';
    if (m && chosenKey !== '' && keyOf(c.value.slice(0, m.index)) === chosenKey && !isJunk({ ...c, field: 'outlet', value: tail })) {
      outlets.push({ field: 'outlet', value: tail, origin: 'title' });
    }
  }
  const sub = knownSubdomain(pageHost);
  const named = outlets.filter((c) => !namesNoOutlet(c.value, sub));
  // An unlisted domain votes for a name that spells it ("LinkNaija" on linknaija.com, against a platform's "Blogger"); a listed one voted above.
  const label = pageHost && outletOfHost(pageHost) === null ? keyOf(hostLabel(pageHost)) : '';
  if (label.length >= 3) named.push(...named.filter((c) => c.origin !== 'host' && keyOf(c.value) === label).map((c) => ({ ...c, origin: 'host' as const })));
  // Last, the page's own domain ("rawstory.com"): a name readers can check, where the page gives no other.
  if (named.length === 0 && pageHost) named.push({ field: 'outlet', value: pageHost.replace(/^www\d?\./, ''), origin: 'host' });
  const outlet = mostAgreed(named, readableOutlet);
  for (const c of outlets) if (!evidence.some((e) => e.field === 'outlet' && e.origin === c.origin && e.value === c.value)) evidence.push(c);
  const credits = bylines.filter((c) => !siteKeys.has(keyOf(c.value)));
  const agreed = mostAgreed(credits, first);
  // A company's or desk's credit that one place alone states ("Us Weekly Staff" in a meta tag) gives way to a writer another place names.
  const writers = credits.filter((c) => isPersonCredit(c.value));
  const byline = (agreed && soleDeskCredit(agreed, credits, siteKeys) ? mostAgreed(writers, first) : null) ?? agreed;
  const published = mostAgreed(localDays(of(evidence, 'published')), first);
  return {
    headline: headline?.value ?? null,
    outlet: outlet?.value ?? null,
    byline: byline ? bylineOf(byline.value, outlet?.value) : null,
    published: published?.value ?? null,
    url,
    evidence,
  };
}
