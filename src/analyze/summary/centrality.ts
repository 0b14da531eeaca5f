// TextRank over sentence similarity: a sentence that shares words with many others carries the article's main thread.
const DAMPING = 0.85;
const ROUNDS = 30;

/** How many words each pair of sentences shares (row-major, upper triangle), counted per word over the sentences that hold it. */
function sharedCounts(words: readonly ReadonlySet<string>[]): Int32Array {
  const n = words.length;
  const holders = new Map<string, number[]>();
  words.forEach((set, i) => {
    for (const w of set) {
      const list = holders.get(w);
      if (list === undefined) holders.set(w, [i]);
      else list.push(i);
    }
  });
  const shared = new Int32Array(n * n);
  for (const list of holders.values()) {
    for (let a = 0; a < list.length; a++) {
      const row = (list[a] ?? 0) * n;
      for (let b = a + 1; b < list.length; b++) {
        const at = row + (list[b] ?? 0);
        shared[at] = (shared[at] ?? 0) + 1;
      }
    }
  }
  return shared;
}

/** Each sentence's TextRank, scaled so the most central is 1. */
export function centrality(words: readonly ReadonlySet<string>[]): number[] {
  const n = words.length;
  if (n === 0) return [];
  // One sentence is its own centre; its ranks would be integers, whose arrays V8 optimised code meets as a new map and deoptimises on.
  if (n === 1) return [1];
  const shared = sharedCounts(words);
  // Shared words over the log lengths (Mihalcea and Tarau's measure), so long sentences do not win by size alone. Typed
  // arrays of doubles, so that lengths or sums that are all whole numbers give no second array shape to deoptimise on.
  const logSize = Float64Array.from(words, (set) => Math.log(set.size + 1));
  const weight = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const norm = logSize[i]! + logSize[j]!;
      const w = norm > 0 ? (shared[i * n + j] ?? 0) / norm : 0;
      weight[i]![j] = w;
      weight[j]![i] = w;
    }
  }
  const outSum = Float64Array.from(weight, (row) => row.reduce((s, w) => s + w, 0));
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
