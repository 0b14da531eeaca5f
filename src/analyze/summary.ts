// Summary: the news in the first sentence, then the most important supporting facts, without near-duplicates.
import type { ArticleMeta, Sentence, SummaryItem } from '../types.js';
import { lexicons } from '../lexicon.js';
import { sourceOf } from './source-ref.js';

const STOP = new Set('a an the of to in on at for and or but is are was were be been by with as from that this it its he she they his her their has have had not will would said says say also after before over about into than more most which who whom what when where while there these those some any other new one two three'.split(' '));
/** A sentence that opens with a quotation mark, a pronoun or a link word leans on the one before it. */
const NEEDS_CONTEXT = /^["“‘']|^(this|that|these|those|but|and|however|also|meanwhile|still|yet|then|there|such)\b/i;
const needsContext = (text: string): boolean => NEEDS_CONTEXT.test(text) || lexicons().pronouns.has(/^[\p{L}]+/u.exec(text)?.[0]?.toLowerCase() ?? '');

const contentWords = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.replace(/(?:ies|es|s)$/, ''));

function overlap(a: readonly string[], b: ReadonlySet<string>): number {
  if (a.length === 0) return 0;
  return a.filter((w) => b.has(w)).length / a.length;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  const inter = [...A].filter((w) => B.has(w)).length;
  return inter / Math.max(1, A.size + B.size - inter);
}

export function extractSummary(sentences: readonly Sentence[], meta: ArticleMeta, maxSentences = 3): SummaryItem[] {
  const candidates = sentences.filter((s) => !/^[^a-zA-Z]*$/.test(s.text) && s.text.split(/\s+/).length >= 6);
  if (candidates.length === 0) return sentences.slice(0, 1).map((s) => ({ type: 'summary', text: s.text, source: sourceOf(s), score: 1 }));
  const headline = new Set(contentWords(meta.headline));
  const freq = new Map<string, number>();
  for (const s of candidates) for (const w of new Set(contentWords(s.text))) freq.set(w, (freq.get(w) ?? 0) + 1);
  const scored = candidates.map((s, rank) => {
    const words = contentWords(s.text);
    const length = s.text.split(/\s+/).length;
    const centrality = words.reduce((sum, w) => sum + Math.min(freq.get(w) ?? 0, 5), 0) / Math.max(words.length, 1) / 5;
    const position = 1 / (1 + rank * 0.35);
    let score = 0.45 * position + 0.3 * overlap(words, headline) + 0.25 * centrality;
    if (needsContext(s.text)) score -= 0.25;
    if (length < 10 || length > 55) score -= 0.1;
    return { s, words, length, score };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.s.index - b.s.index);
  const lead = [...scored.slice(0, 3)].sort((a, b) => b.score - a.score)[0]!;
  const chosen = [lead];
  let words = lead.length;
  for (const c of ranked) {
    if (chosen.length >= maxSentences || words > 70) break;
    if (chosen.includes(c) || needsContext(c.s.text)) continue;
    if (chosen.some((x) => jaccard(x.words, c.words) > 0.45)) continue;
    if (chosen.length >= 2 && words + c.length > 80) continue;
    chosen.push(c);
    words += c.length;
  }
  const [first, ...rest] = chosen;
  return [first!, ...rest.sort((a, b) => a.s.index - b.s.index)].map((c) => ({
    type: 'summary',
    text: c.s.text,
    source: sourceOf(c.s),
    score: Math.round(c.score * 1000) / 1000,
  }));
}
