// Ranking: the most telling items first — stated gaps, anonymous sourcing and contested claims before plain hedges.
import type { UnconfirmedKind } from '../../types.js';

const WEIGHT: Readonly<Record<UnconfirmedKind, number>> = { gap: 0.9, 'anonymous-source': 0.85, allegation: 0.8, disputed: 0.8, unverified: 0.75, hedged: 0.6 };

/** When a sentence has several cues, the most telling kind names it. */
export function kindWeight(kind: UnconfirmedKind): number {
  return WEIGHT[kind];
}

/** Score in [0, 1]: the kind counts most, then how many cues agree, then how early the sentence comes. */
export function scoreOf(kind: UnconfirmedKind, cues: number, index: number, total: number): number {
  const position = 1 - index / Math.max(total, 1);
  const score = WEIGHT[kind] * 0.65 + Math.min(cues - 1, 2) * 0.05 + position * 0.25;
  return Math.round(score * 1000) / 1000;
}
