// TextRank over sentence similarity: a sentence that shares words with many others carries the article's main thread.
const DAMPING = 0.85;
const ROUNDS = 30;

/** Shared words over the log lengths (Mihalcea and Tarau's measure), so long sentences do not win by size alone. */
function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const norm = Math.log(a.size + 1) + Math.log(b.size + 1);
  return norm > 0 ? shared / norm : 0;
}

/** Each sentence's TextRank, scaled so the most central is 1. */
export function centrality(words: readonly ReadonlySet<string>[]): number[] {
  const n = words.length;
  if (n === 0) return [];
  const weight = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = similarity(words[i]!, words[j]!);
      weight[i]![j] = w;
      weight[j]![i] = w;
    }
  }
  const outSum = weight.map((row) => row.reduce((s, w) => s + w, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let round = 0; round < ROUNDS; round++) {
    const next = new Array<number>(n).fill((1 - DAMPING) / n);
    for (let j = 0; j < n; j++) {
      if (outSum[j] === 0) continue;
      const share = (DAMPING * rank[j]!) / outSum[j]!;
      const row = weight[j]!;
      for (let i = 0; i < n; i++) next[i] = next[i]! + row[i]! * share;
    }
    rank = next;
  }
  const top = Math.max(...rank);
  return rank.map((r) => (top > 0 ? r / top : 0));
}
