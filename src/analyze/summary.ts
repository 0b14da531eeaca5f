// Summary: the news sentence first, then the facts that carry the article's main thread, in at most 90 words.
import type { ArticleMeta, Sentence, SummaryItem } from '../types.js';
import { sourceOf } from './source-ref.js';
import { centrality } from './summary/centrality.js';
import { interviewAnswers } from './summary/interview.js';
import { specificsOf } from './summary/specifics.js';
import { lostWords, summaryUnfit } from './summary/unfit.js';
import { contentWords, headlineStem, jaccard, sharedShare, wordCount } from './summary/words.js';

export const SUMMARY_LIMITS = { minSentences: 2, maxSentences: 3, maxWords: 90 } as const;
/** A third sentence is added only while the first two are short: the gold summaries run to about 60 words. */
const ROOM_FOR_THIRD = 60;
/** The news sentence is sought among the first few: a feature's opening scene gives way to the sentence that states the news. */
const NEWS_WINDOW = 3;
const NEAR_DUPLICATE = 0.45;
/** Summary sentences come from the top of an article; TextRank looks at the first 100 only, which keeps a 400-sentence live blog fast. */
const WINDOW = 100;

interface Candidate {
  s: Sentence;
  rank: number;
  words: Set<string>;
  length: number;
  /** Whether the sentence can stand in a summary, asked only of the candidates the choice reaches (`summaryUnfit` is costly). */
  fits: () => boolean;
  news: number;
  support: number;
}

/** Lines that repeat the headline (some sources keep it as the first paragraph) say nothing new. */
function repeatsHeadline(words: ReadonlySet<string>, headline: ReadonlySet<string>): boolean {
  if (words.size === 0 || headline.size === 0) return false;
  let shared = 0;
  for (const w of words) if (headline.has(w)) shared++;
  return (2 * shared) / (words.size + headline.size) >= 0.9;
}

/** The first two sentences are the likeliest summary sentences in every set; after them position matters less and less. */
const positionPrior = (rank: number): number => (rank < 2 ? 1 : 0.5 / (1 + 0.2 * (rank - 2)));

/** A supporting sentence that names names and gives a number carries a fact; in every set it beats one of the same centrality that does not. */
function specificity(text: string, length: number): number {
  const { names, number } = specificsOf(text, length);
  return 0.2 * names + (number ? 0.1 : 0);
}

function candidatesOf(sentences: readonly Sentence[], meta: ArticleMeta, quoted: ReadonlySet<number>): Candidate[] {
  const headline = new Set(contentWords(meta.headline));
  const headlineStems = new Set([...headline].map(headlineStem));
  const answers = interviewAnswers(sentences);
  const kept = sentences
    .map((s) => ({ s, words: new Set(contentWords(s.text)), length: wordCount(s.text) }))
    .filter((c) => /\p{L}/u.test(c.s.text) && c.length >= 6 && c.length <= SUMMARY_LIMITS.maxWords)
    .filter((c) => !(c.s.index < 2 && repeatsHeadline(c.words, headline)))
    // A sentence wholly inside a quotation is someone's words cut from their speaker; the quotes section shows them.
    .filter((c) => !quoted.has(c.s.index))
    // So is an interview's answer, cut from its question.
    .filter((c) => !answers.has(c.s.index))
    .slice(0, WINDOW);
  const central = centrality(kept.map((c) => c.words));
  return kept.map((c, rank) => {
    const position = positionPrior(rank);
    const onHeadline = sharedShare(new Set([...c.words].map(headlineStem)), headlineStems);
    // centrality gives one score per candidate.
    const weight = central[rank] ?? 0;
    return {
      ...c,
      rank,
      fits: once(() => summaryUnfit(c.s.text) === null),
      news: 0.45 / (1 + 0.35 * rank) + 0.6 * onHeadline + 0.25 * weight,
      support: 0.45 * position + 0.3 * onHeadline + weight + specificity(c.s.text, c.length),
    };
  });
}

/** `compute`'s result, worked out on the first call. */
function once(compute: () => boolean): () => boolean {
  let result: boolean | undefined;
  return () => (result ??= compute());
}

/** The first `count` candidates, in the article's order, that can stand in a summary. */
function firstFitting(candidates: readonly Candidate[], count: number): Candidate[] {
  const found: Candidate[] = [];
  for (const c of candidates) if (found.length < count && c.fits()) found.push(c);
  return found;
}

/** The news sentence, then the best-scoring supporting sentences that fit the limits and repeat nothing. */
function selectFrom(lead: Candidate, ranked: readonly Candidate[], nearDuplicate = NEAR_DUPLICATE): Candidate[] {
  const chosen = [lead];
  let words = lead.length;
  for (const c of ranked) {
    if (chosen.length >= SUMMARY_LIMITS.maxSentences) break;
    if (chosen.length >= SUMMARY_LIMITS.minSentences && words > ROOM_FOR_THIRD) break;
    if (chosen.includes(c) || words + c.length > SUMMARY_LIMITS.maxWords || !c.fits() || lostWords(c.s.text)) continue;
    if (chosen.some((x) => jaccard(x.words, c.words) > nearDuplicate)) continue;
    chosen.push(c);
    words += c.length;
  }
  return chosen;
}

export function extractSummary(sentences: readonly Sentence[], meta: ArticleMeta, quoted: ReadonlySet<number> = new Set()): SummaryItem[] {
  const candidates = candidatesOf(sentences, meta, quoted);
  const leads = firstFitting(candidates, NEWS_WINDOW).sort((a, b) => b.news - a.news || a.rank - b.rank);
  if (leads.length === 0) {
    const first = sentences.find((s) => wordCount(s.text) <= SUMMARY_LIMITS.maxWords);
    return first ? [{ type: 'summary', text: first.text, source: sourceOf(first), score: 0 }] : [];
  }
  // Unfit candidates and those that lost words stay in the ranking; the choice passes over them as it reaches them.
  const ranked = [...candidates].sort((a, b) => b.support - a.support || a.rank - b.rank);
  // A lead too long to leave room for a second sentence gives way to the next one.
  const enough = (c: Candidate[]) => c.length >= SUMMARY_LIMITS.minSentences;
  // An article that only restates itself still gets its second sentence rather than none.
  const chosen =
    leads.map((lead) => selectFrom(lead, ranked)).find(enough) ?? leads.map((lead) => selectFrom(lead, ranked, 1)).find(enough) ?? leads.slice(0, 1);
  const [first, ...rest] = chosen;
  // `leads` is not empty, so neither is `chosen`.
  if (!first) return [];
  return [first, ...rest.sort((a, b) => a.rank - b.rank)].map((c) => ({
    type: 'summary',
    text: c.s.text,
    source: sourceOf(c.s),
    score: Math.round((c === first ? c.news : c.support) * 1000) / 1000,
  }));
}
