// The order of the concerns list: the page shows a prefix, so the plainest, best-sourced worries come first.
import type { PredicateKind } from './predicates.js';

export interface RankInput {
  kind: PredicateKind;
  /** How many concern words the sentence holds, stance and harm. */
  cues: number;
  hasHolder: boolean;
  /** Whether the scope is narrower than the sentence. */
  scoped: boolean;
  /** Whether what is feared is still to come ("could", "will"): a warning, not a complaint. */
  future: boolean;
  /** Sentence index over the sentence count: early sentences carry the news. */
  position: number;
}

/** A score in [0, 1]: a stance word beats a voiced harm; a named holder, a clear scope, a harm still to come and an early place add to it. */
export function scoreOf(input: RankInput): number {
  const base = input.kind === 'stance' ? 0.55 : 0.35;
  const score =
    base + Math.min(input.cues, 4) * 0.04 + (input.hasHolder ? 0.1 : 0) + (input.scoped ? 0.05 : 0) + (input.future ? 0.05 : 0) + (1 - input.position) * 0.1;
  return Math.round(Math.min(score, 1) * 1000) / 1000;
}
