#!/usr/bin/env node
// Quotes and speakers scored in-process (seconds, not minutes), with the same matching as
// ../shared/eval/score.mjs, for error analysis: every wrong or missing speaker with its sentence and rule.
// Usage: node scripts/speaker-eval.mjs [--labels DIR] [--split train|dev] [--errors FILE] [--every K]
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { match, nameTokens, speakerOk, words } from './lib/speaker-match.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const labels = resolve(opt('--labels', join(tmpdir(), 'brief-eval', 'polnear', 'labels')));
const split = opt('--split', null);
const every = Number(opt('--every', 1));
const errorsFile = opt('--errors', null);
if (!existsSync(join(root, 'dist', 'src', 'index.js'))) {
  console.error('speaker-eval: run "npm run build" first');
  process.exit(2);
}
if (!existsSync(labels)) {
  console.error(`speaker-eval: no labels at ${labels} (node ../shared/eval/build-external.mjs builds them)`);
  process.exit(2);
}
const { readArticle, analyzeArticle, buildBrief } = await import(join(root, 'dist', 'src', 'index.js'));

const files = readdirSync(labels)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .filter((_, i) => i % every === 0);
const q = { tp: 0, pred: 0, gold: 0 };
const s = { n: 0, ok: 0, given: 0, artefact: 0 };
const byRule = new Map();
const errors = [];
const times = [];
for (const f of files) {
  const gold = JSON.parse(readFileSync(join(labels, f), 'utf8'));
  if (split && gold.split !== split) continue;
  const articlePath = resolve(labels, '..', '..', gold.article); // the dev set's paths are relative to shared/
  const text = readFileSync(articlePath, 'utf8');
  const t0 = performance.now();
  const article = readArticle(text, { source: articlePath });
  const brief = buildBrief(article, analyzeArticle(article));
  times.push(performance.now() - t0);
  const pq = brief.quotes.filter((x) => words(x.text).length >= 4);
  const gq = gold.quotes ?? [];
  const m = match(
    pq.map((x) => x.text),
    gq.map((x) => x.text),
    0.6,
  );
  q.tp += m.length;
  q.pred += pq.length;
  q.gold += gq.length;
  for (const [i, j] of m) {
    if (!gq[j].speaker) continue;
    const got = pq[i].speaker?.name ?? '';
    const rule = pq[i].speaker?.rule ?? (got ? '?' : 'none');
    const r = byRule.get(rule) ?? { n: 0, ok: 0 };
    byRule.set(rule, r);
    s.n++;
    r.n++;
    if (nameTokens(got).length) s.given++;
    if (speakerOk(got, gq[j].speaker)) {
      s.ok++;
      r.ok++;
    }
    // The gold reduced "Republican candidate Donald Trump" to "Republican": right person, modifier taken as the name.
    else if (got && speakerOk(`${pq[i].speaker?.title ?? ''} ${pq[i].speaker?.mention ?? ''}`, gq[j].speaker)) s.artefact++;
    else
      errors.push({
        id: gold.id,
        want: gq[j].speaker,
        got: got || null,
        rule,
        mention: pq[i].speaker?.mention ?? null,
        quote: pq[i].text.slice(0, 80),
        sentence: pq[i].source.sentence,
      });
  }
  if (args.includes('--missed')) {
    const mg = new Set(m.map((x) => x[1])),
      mp = new Set(m.map((x) => x[0]));
    gq.forEach((g, j) => {
      if (!mg.has(j)) errors.push({ id: gold.id, missedQuote: g.text, want: g.speaker });
    });
    pq.forEach((p, i) => {
      if (!mp.has(i)) errors.push({ id: gold.id, extraQuote: p.text, sentence: p.source.sentence });
    });
  }
}
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '-');
const P = q.tp / q.pred,
  R = q.tp / q.gold;
times.sort((a, b) => a - b);
console.log(`${labels}${split ? ` (${split})` : ''}: ${times.length} articles`);
console.log(`quotes   P ${pct(q.tp, q.pred)}  R ${pct(q.tp, q.gold)}  F1 ${((200 * P * R) / (P + R)).toFixed(1)}  (${q.tp}/${q.pred}/${q.gold})`);
console.log(`speakers accuracy ${pct(s.ok, s.n)}  precision ${pct(s.ok, s.given)}  abstained ${pct(s.n - s.given, s.n)}  (${s.ok}/${s.given}/${s.n})`);
console.log(
  `         of the wrong ones, ${s.artefact} have the gold's word in our speaker's title or mention (a modifier the gold took for the name): ${pct(s.ok + s.artefact, s.n)} counting them`,
);
console.log(`analysis median ${times[Math.floor(times.length / 2)]?.toFixed(1)} ms per article`);
for (const [rule, r] of [...byRule].sort((a, b) => b[1].n - a[1].n)) console.log(`  ${rule.padEnd(24)} ${String(r.n).padStart(5)}  right ${pct(r.ok, r.n)}`);
if (errorsFile) {
  writeFileSync(errorsFile, `${errors.map((e) => JSON.stringify(e)).join('\n')}\n`);
  console.log(`${errors.length} errors -> ${errorsFile}`);
}
