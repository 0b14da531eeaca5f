#!/usr/bin/env node
// Benchmark: briefs every article of a folder (default: ../shared/corpus/wikinews/articles) in-process
// into PDF + Markdown + JSON in memory, and reports time per article, type sizes used and items left out;
// then (unless --quick) the cold CLI on the seed against `node -e ''`, milliseconds per stage, the folder as one
// CLI batch at --jobs 1 and at the default (wall, CPU, articles per CPU-second, peak RSS) and how analysis scales
// with the seed repeated 1, 4, 16 and 64 times. A benchmark, not a test: it reports, it never fails on time.
// Usage: npm run bench [-- <folder>] [--template=<name>] [--json] [--quick]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const templateName = args.find((a) => a.startsWith('--template='))?.slice('--template='.length) ?? 'default';
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? join(root, '..', 'shared', 'corpus', 'wikinews', 'articles'));
if (!existsSync(join(root, 'dist', 'src', 'index.js'))) {
  console.error('bench: run "npm run build" first');
  process.exit(2);
}
if (!existsSync(dir)) {
  console.error(`bench: no such folder ${dir}`);
  process.exit(2);
}
const { briefText } = await import(join(root, 'dist', 'src', 'brief-article.js'));
const { loadTemplate } = await import(join(root, 'dist', 'src', 'markdown', 'template.js'));
const template = loadTemplate(templateName);
const files = readdirSync(dir)
  .filter((f) => /\.(txt|md|html?)$/i.test(f))
  .sort();
const times = [];
const sizes = new Map();
let omittedBriefs = 0;
let shortened = 0;
const failures = [];
const t0 = performance.now();
for (const f of files) {
  const text = readFileSync(join(dir, f), 'utf8');
  const start = performance.now();
  try {
    const out = await briefText(text, { source: f, formats: ['json', 'md', 'pdf'], template });
    times.push(performance.now() - start);
    const size = out.fit.layout.fontSize;
    sizes.set(size, (sizes.get(size) ?? 0) + 1);
    if (Object.values(out.fit.omitted).some((n) => n > 0)) omittedBriefs++;
    if (out.fit.maxWords !== null) shortened++;
  } catch (error) {
    failures.push(`${f}: ${error.message}`);
  }
}
const total = performance.now() - t0;
times.sort((a, b) => a - b);
const pct = (p) => times[Math.min(times.length - 1, Math.floor(times.length * p))]?.toFixed(1);
const result = {
  folder: dir,
  articles: files.length,
  failed: failures.length,
  totalSeconds: +(total / 1000).toFixed(2),
  msPerArticle: { median: +pct(0.5), p90: +pct(0.9), max: +(times[times.length - 1] ?? 0).toFixed(1) },
  fontSizes: Object.fromEntries([...sizes].sort((a, b) => b[0] - a[0])),
  smallestFontSize: Math.min(...sizes.keys()),
  briefsWithItemsLeftOut: omittedBriefs,
  briefsWithShortenedItems: shortened,
};
if (args.includes('--json')) console.log(JSON.stringify({ result, failures }, null, 2));
else {
  console.log(`${result.articles} articles (template ${templateName}), ${result.failed} failed, ${result.totalSeconds} s in all`);
  console.log(`ms per article: median ${result.msPerArticle.median}, p90 ${result.msPerArticle.p90}, max ${result.msPerArticle.max}`);
  console.log(`type sizes (pt → briefs): ${JSON.stringify(result.fontSizes)}; smallest ${result.smallestFontSize} pt`);
  console.log(`briefs that left items out: ${omittedBriefs}; briefs with shortened items: ${shortened}`);
  for (const f of failures) console.log(`  FAILED ${f}`);
}
process.exitCode = failures.length > 0 ? 1 : 0;

if (!args.includes('--quick') && !args.includes('--json')) {
  const system = await import('./lib/bench-system.mjs');
  const api = await import(join(root, 'dist', 'src', 'index.js'));
  const cli = join(root, 'dist', 'src', 'cli.js');
  const seedDir = join(root, 'input');
  const seed = join(
    seedDir,
    readdirSync(seedDir).find((f) => f.endsWith('.txt')),
  );
  const cold = system.coldStart(cli, seed);
  console.log(`\ncold CLI on the seed: ${cold.briefMs.toFixed(0)} ms, node -e '' ${cold.nodeMs.toFixed(0)} ms: ${cold.ratio.toFixed(1)}×`);
  const stages = await system.stageTimes(api, template, dir, files);
  console.log(
    `in-process median ms per stage: ${Object.entries(stages)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(', ')}`,
  );
  for (const jobs of [1, null]) {
    const b = system.batchRun(cli, dir, jobs);
    if (!b) {
      console.log('batch: /usr/bin/time is not installed; skipped');
      break;
    }
    console.log(
      `batch --jobs ${b.jobs}: ${b.articles} briefs, wall ${b.wall.toFixed(1)} s, CPU ${b.cpu.toFixed(1)} s, ${(b.articles / b.wall).toFixed(1)} articles/s, ${(b.articles / b.cpu).toFixed(1)} articles per CPU-second, peak RSS ${b.rssMb.toFixed(0)} MB`,
    );
  }
  const scaling = system.analysisScaling(api, readFileSync(seed, 'utf8'));
  console.log(`analysis of the seed repeated: ${scaling.map((r) => `${r.factor}× ${r.ms.toFixed(1)} ms (${r.vsOne.toFixed(1)}× the 1× time)`).join(', ')}`);
  const p = system.peers();
  const present = Object.entries(p)
    .filter(([, v]) => v)
    .map(([k]) => k);
  console.log(
    present.length
      ? `peers installed: ${present.join(', ')} (pairing not implemented yet)`
      : 'peers: pandoc, wkhtmltopdf and Chromium are not installed here; no pairing',
  );
}
