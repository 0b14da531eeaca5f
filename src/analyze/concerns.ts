// Stated concerns: sentences in which a source voices worry, fear, threat, risk, danger, warning or criticism.
import { lexicons } from '../lexicon.js';
import type { ConcernItem, QuoteItem, Sentence } from '../types.js';
import { holderOf } from './holder.js';
import type { NameIndex } from './name-index.js';
import { sourceOf } from './source-ref.js';

function cuesOf(text: string): string[] {
  return [...text.matchAll(lexicons().concernCues)].map((m) => m[0].toLowerCase());
}

export function extractConcerns(sentences: readonly Sentence[], quotes: readonly QuoteItem[], names: NameIndex, quotedSentences?: ReadonlySet<number>): ConcernItem[] {
  const items: ConcernItem[] = [];
  const quoted = new Set([...quotes.map((q) => q.source.sentenceIndex), ...(quotedSentences ?? [])]);
  const { concernVoicing, voiceMarkers } = lexicons();
  for (const s of sentences) {
    const cues = cuesOf(s.text);
    const harm = [...s.text.matchAll(lexicons().harmWords)].map((m) => m[0].toLowerCase());
    // A cue needs someone voicing it; a harm word needs speech or citation, or a past harm is told flatly.
    const voiced = voiceMarkers.test(s.text) || quoted.has(s.index);
    const strong = cues.length > 0 && (concernVoicing.test(s.text) || voiced);
    if (!strong && !(harm.length > 0 && voiced)) continue;
    const holder = holderOf(s, quotes, names);
    const weight = strong ? 0.6 : 0.35;
    const score = weight + Math.min(cues.length + harm.length, 4) * 0.05 + (holder ? 0.1 : 0) + (1 - s.index / Math.max(sentences.length, 1)) * 0.1;
    items.push({ type: 'concern', text: s.text, holder, cue: cues[0] ?? harm[0]!, fear: s.text, source: sourceOf(s), score: Math.round(score * 1000) / 1000 });
  }
  return items;
}
