// The shared scorer's matching (../shared/eval/score.mjs), restated for the in-process speaker scripts:
// quotes pair by word-overlap F1, and a speaker is right when our name's words hold the gold name's last word.

/** Lower-case ASCII words, accents dropped, as the scorer compares text. */
export const words = (s) =>
  String(s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .match(/[a-z0-9]+/g) ?? [];

/** Word-overlap F1 of two word lists. */
export function tokenF1(a, b) {
  if (!a.length || !b.length) return 0;
  const counts = new Map();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of a) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(w, c - 1);
    }
  }
  if (!overlap) return 0;
  const p = overlap / a.length,
    r = overlap / b.length;
  return (2 * p * r) / (p + r);
}

/** Greedy one-to-one [predicted, gold] index pairs, best overlap first, at or above `threshold`. */
export function match(pred, gold, threshold = 0.6) {
  const pairs = [];
  pred.forEach((p, i) => {
    gold.forEach((g, j) => {
      const f = tokenF1(words(p), words(g));
      if (f >= threshold) pairs.push([f, i, j]);
    });
  });
  pairs.sort((x, y) => y[0] - x[0]);
  const usedP = new Set(),
    usedG = new Set(),
    out = [];
  for (const [, i, j] of pairs)
    if (!usedP.has(i) && !usedG.has(j)) {
      usedP.add(i);
      usedG.add(j);
      out.push([i, j]);
    }
  return out;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'mr', 'mrs', 'ms', 'dr', 'he', 'she', 'they', 'it', 'we', 'i']);
export const nameTokens = (s) => words(s).filter((w) => !STOP.has(w));

/** Right when our speaker's name words hold the gold speaker's last word. */
export function speakerOk(pred, gold) {
  const g = nameTokens(gold);
  return g.length > 0 && new Set(nameTokens(pred)).has(g[g.length - 1]);
}
