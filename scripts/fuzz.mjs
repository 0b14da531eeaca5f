#!/usr/bin/env node
// npm run fuzz: briefs N mutated articles (default 10,000) against dist, on worker threads, and prints the counts by
// outcome: ok, BriefError by code, crash, slow (over --slow seconds), not one page, nondeterministic, live link.
// Each failing input is saved in test/fixtures/fuzz/ (test/fuzz-fixtures.test.ts then runs it in npm test).
// Usage: npm run fuzz [-- --runs N] [--seed S] [--jobs J] [--slow SECONDS] [--no-save]
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { caseArbitrary, caseText, EXTENSIONS, isFailure, loadSeeds, runCase } from './lib/fuzz-core.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  return value === undefined ? fallback : Number(value);
};
const runs = option('runs', 10_000);
const seed = option('seed', 14);
const jobs = Math.max(1, option('jobs', availableParallelism()));
const slowMs = option('slow', 10) * 1000;
// A case that has not finished after this long is stopped (its worker replaced) and counted as a hang.
const hangMs = Math.max(60_000, 3 * slowMs);

/** Every case's spec, the same in every thread for the same seed. */
const specsFor = (seeds) => fc.sample(caseArbitrary(seeds.length), { seed, numRuns: runs });

if (!isMainThread) {
  const { loadTemplate } = await import(join(root, 'dist', 'src', 'markdown', 'template.js'));
  const { briefText } = await import(join(root, 'dist', 'src', 'brief-article.js'));
  const { isBriefError } = await import(join(root, 'dist', 'src', 'errors.js'));
  const api = { briefText, isBriefError, template: loadTemplate('default') };
  const seeds = loadSeeds(root);
  const specs = specsFor(seeds);
  parentPort.on('message', async (index) => {
    const spec = specs[index];
    const text = caseText(spec, seeds);
    const result = await runCase(api, text, spec.format, { slowMs });
    parentPort.postMessage({ index, ...result, text: isFailure(result.outcome) ? text : undefined });
  });
  parentPort.postMessage({ ready: true });
} else {
  if (!existsSync(join(root, 'dist', 'src', 'brief-article.js'))) {
    console.error('fuzz: run "npm run build" first');
    process.exit(2);
  }
  const seeds = loadSeeds(root);
  const specs = specsFor(seeds);
  const counts = new Map();
  const failures = [];
  const times = [];
  let nextIndex = 0;
  let done = 0;
  const started = performance.now();
  const fixtures = join(root, 'test', 'fixtures', 'fuzz');
  const save = !process.argv.includes('--no-save');
  const record = (index, outcome, ms, message, text) => {
    counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    times.push(ms);
    done++;
    if (isFailure(outcome)) {
      const spec = specs[index];
      const body = text ?? caseText(spec, seeds);
      const name = `${outcome}-${createHash('sha256').update(body).digest('hex').slice(0, 12)}.${EXTENSIONS[spec.format]}`;
      failures.push(`${name}: case ${index} ${JSON.stringify(spec)}: ${String(message).split('\n').slice(0, 3).join(' | ')}`);
      if (save) {
        mkdirSync(fixtures, { recursive: true });
        writeFileSync(join(fixtures, name), body);
      }
    }
    if (process.stderr.isTTY && done % 50 === 0) process.stderr.write(`\r${done}/${runs}`);
    else if (!process.stderr.isTTY && done % 1000 === 0)
      process.stderr.write(`fuzz: ${done}/${runs}, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  };
  const slot = () =>
    new Promise((finish) => {
      const worker = new Worker(fileURLToPath(import.meta.url), { argv: process.argv.slice(2) });
      let current = -1;
      let timer;
      const take = () => {
        clearTimeout(timer);
        if (nextIndex >= runs) {
          void worker.terminate().then(finish);
          return;
        }
        current = nextIndex++;
        const held = current;
        timer = setTimeout(() => {
          void worker.terminate();
          record(held, 'hang', hangMs, `no result after ${hangMs / 1000} s`);
          slot().then(finish);
        }, hangMs);
        worker.postMessage(held);
      };
      worker.on('message', (m) => {
        if (m.ready) return take();
        record(m.index, m.outcome, m.ms, m.message, m.text);
        take();
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        if (current >= 0) record(current, 'crash', 0, `worker died: ${error.message}`);
        slot().then(finish);
      });
    });
  await Promise.all(Array.from({ length: Math.min(jobs, runs) }, slot));
  if (process.stderr.isTTY) process.stderr.write('\r');
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const failed = [...counts].filter(([k]) => isFailure(k)).reduce((n, [, v]) => n + v, 0);
  console.log(`fuzz: ${runs} cases, seed ${seed}, ${jobs} threads, ${seconds.toFixed(1)} s; ${seeds.length} seeds`);
  for (const [outcome, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${outcome.padEnd(28)} ${n}`);
  for (const k of ['crash', 'slow', 'hang', 'pages', 'nondeterministic', 'live-link']) if (!counts.has(k)) console.log(`  ${k.padEnd(28)} 0`);
  console.log(`ms per case: median ${times[Math.floor(times.length / 2)]?.toFixed(0)}, max ${times.at(-1)?.toFixed(0)}`);
  for (const f of failures.slice(0, 50)) console.log(`  FAILED ${f}`);
  if (failures.length > 0 && save) console.log(`${failures.length} failing inputs saved in test/fixtures/fuzz/`);
  process.exitCode = failed > 0 ? 1 : 0;
}
