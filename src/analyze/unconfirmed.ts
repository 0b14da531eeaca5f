// What remains unconfirmed: hedged, alleged, unverified, withheld or disputed claims, with the cue that marks them.
import { lexicons, type UnconfirmedCue } from '../lexicon.js';
import type { Sentence, UnconfirmedItem, UnconfirmedKind } from '../types.js';
import { sourceOf } from './source-ref.js';

/** Forecasts of scheduled events are not unconfirmed claims. */
const SCHEDULED = /\b(expected to|scheduled to|due to|set to|will be held)\b/i;

/** When a sentence has several cues, the most telling kind wins: a stated gap over a report over a hedge. */
const PRIORITY: Readonly<Record<UnconfirmedKind, number>> = { gap: 0, unverified: 1, 'anonymous-source': 1, allegation: 2, hedged: 3, disputed: 4 };

function bestCue(text: string): { cue: UnconfirmedCue; match: string; at: number } | null {
  let best: { cue: UnconfirmedCue; match: string; at: number } | null = null;
  for (const cue of lexicons().unconfirmedCues) {
    const m = cue.pattern.exec(text);
    if (!m) continue;
    const better = best === null || PRIORITY[cue.kind] < PRIORITY[best.cue.kind] || (PRIORITY[cue.kind] === PRIORITY[best.cue.kind] && m.index < best.at);
    if (better) best = { cue, match: m[0], at: m.index };
  }
  return best;
}

export function extractUnconfirmed(sentences: readonly Sentence[]): UnconfirmedItem[] {
  const items: UnconfirmedItem[] = [];
  for (const s of sentences) {
    // "May" the month is not the modal verb.
    // A capitalised "May" inside a sentence is the month ("in May to", "May 3"); only a sentence-initial one may be the verb.
    const text = s.text.replace(/(?<=\S\s+)May\b|\bMay\b(?=\s+\d)/g, 'Month');
    const found = bestCue(text);
    if (!found) continue;
    if (SCHEDULED.test(text) && found.cue.kind === 'hedged' && !found.cue.likelihood) continue;
    const weight = ({ gap: 0.9, allegation: 0.8, unverified: 0.8, 'anonymous-source': 0.8, hedged: 0.6, disputed: 0.5 } as const)[found.cue.kind];
    const score = weight * 0.7 + (1 - s.index / Math.max(sentences.length, 1)) * 0.3;
    items.push({
      type: 'unconfirmed',
      text: s.text,
      claim: s.text,
      cue: found.match,
      kind: found.cue.kind,
      likelihood: found.cue.likelihood,
      source: sourceOf(s),
      score: Math.round(score * 1000) / 1000,
    });
  }
  return items;
}
