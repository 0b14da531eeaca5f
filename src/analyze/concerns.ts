// Stated concerns: sentences in which a source voices worry, fear, threat, risk, danger, warning or criticism.
import { lexicons } from '../lexicon.js';
import type { ConcernItem, QuoteItem, Sentence } from '../types.js';
import { holderOf } from './holder.js';
import { sourceOf } from './source-ref.js';

/** Cue words that only count when someone is voicing them, not when a past event is told. */
const VOICED = /\b(said|says|warn|warned|warns|fear|feared|fears|worried|concern|concerned|concerns|believe|believes|could|would|may|might|will|threat|threats|risk|risks|danger|dangerous|critic|critics|criticised|criticized|condemned|accused|alleged|claimed|voiced|expressed|raised)\b/i;

function cuesOf(text: string): string[] {
  return [...text.matchAll(lexicons().concernCues)].map((m) => m[0].toLowerCase());
}

export function extractConcerns(sentences: readonly Sentence[], quotes: readonly QuoteItem[]): ConcernItem[] {
  const items: ConcernItem[] = [];
  for (const s of sentences) {
    const cues = cuesOf(s.text);
    if (cues.length === 0) continue;
    if (!VOICED.test(s.text) && !/["“”]/.test(s.text)) continue;
    const holder = holderOf(s, quotes);
    const score = Math.min(cues.length, 3) / 3 * 0.5 + (holder ? 0.3 : 0) + (1 - s.index / Math.max(sentences.length, 1)) * 0.2;
    items.push({ type: 'concern', text: s.text, holder, cue: cues[0]!, source: sourceOf(s), score: Math.round(score * 1000) / 1000 });
  }
  return items;
}
