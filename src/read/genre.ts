// What kind of piece an article is: reported news, or an opinion column or analysis whose author's judgements are its own.
// Evidence, strongest first: what the page or front matter states (schema.org type, section, genre field), then the
// address (/opinion/, /commentisfree/), then a label the text carries ("Opinion | …", "ANALYSIS: …", "Opinion by …").
import { must } from '../errors.js';
import type { ArticleGenre } from '../types.js';

const OPINION = /^(?:opinion|opinions|op[- ]?ed|commentary|comment|editorials?|columns?|columnists?|perspective|viewpoints?|letters|comment ?is ?free|ideas)$/i;
const ANALYSIS = /^(?:analysis|news analysis|explainer|fact ?check)$/i;

/** A stated genre or section name ("Opinion", "OpinionNewsArticle", "news analysis") as a genre, or null. */
export function genreOfLabel(label: string | null | undefined): ArticleGenre | null {
  const text = (label ?? '')
    .trim()
    .replace(/NewsArticle$/, '')
    .replace(/\.$/, '')
    .replace(/[-_]+/g, ' ');
  if (!text) return null;
  // A section path such as "Opinion/Columnists" or "World > Analysis" counts by any of its parts.
  const parts = text.split(/\s*[/>|»,]\s*/).filter(Boolean);
  if (parts.some((p) => OPINION.test(p))) return 'opinion';
  if (parts.some((p) => ANALYSIS.test(p))) return 'analysis';
  if (/^news$/i.test(text) || /^(?:reportage|background)$/i.test(text)) return 'news';
  return null;
}

/** The genre a web address implies by a path segment such as /opinion/ or /commentisfree/. */
export function genreOfUrl(url: string | null | undefined): ArticleGenre | null {
  if (!url) return null;
  const path = /^[a-z]+:\/\/[^/]+(\/[^?#]*)/i.exec(url)?.[1] ?? '';
  const segments = path.split('/').filter(Boolean).slice(0, -1);
  for (const segment of segments) {
    const found = genreOfLabel(segment);
    if (found && found !== 'news') return found;
  }
  return null;
}

/** A genre label at the head of the headline ("Opinion | Why …", "ANALYSIS: …"): the genre and the headline without it. */
export function splitHeadlineLabel(headline: string): { genre: ArticleGenre | null; headline: string } {
  const m = /^\s*(opinion|op-ed|commentary|analysis|news analysis|editorial|column)\s*[|:—–-]\s+(\S.*)$/i.exec(headline);
  if (!m) return { genre: null, headline };
  return { genre: genreOfLabel(m[1]), headline: must(m[2], 'the headline after a genre label') };
}

/** "Opinion by Jane Doe", "Analysis by …", "Jane Doe, columnist": the genre a byline states. */
export function genreOfByline(byline: string | null | undefined): ArticleGenre | null {
  if (!byline) return null;
  const lead = /^\s*(opinion|analysis|commentary)\s+by\b/i.exec(byline);
  if (lead) return genreOfLabel(lead[1]);
  if (/,\s*(?:a\s+)?(?:\w+\s+)?(?:columnist|opinion writer|contributing op-ed writer)\b/i.test(byline)) return 'opinion';
  return null;
}

export interface GenreEvidence {
  /** What the page or front matter states: a schema.org type, a section, a genre field. */
  stated: readonly (string | null | undefined)[];
  url: string | null | undefined;
  headline: string;
  byline: string | null | undefined;
}

/** The genre by the strongest evidence; news when nothing says otherwise. */
export function detectGenre(evidence: GenreEvidence): ArticleGenre {
  for (const label of evidence.stated) {
    const found = genreOfLabel(label);
    if (found) return found;
  }
  return genreOfUrl(evidence.url) ?? splitHeadlineLabel(evidence.headline).genre ?? genreOfByline(evidence.byline) ?? 'news';
}
