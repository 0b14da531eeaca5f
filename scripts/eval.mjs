#!/usr/bin/env node
// One command for the extraction-quality numbers. It runs the shared scorer
// (../shared/eval/score.mjs, see ../shared/eval/README.md) on the hand-labelled dev set and on
// the two external sets that ../shared/eval/build-external.mjs writes (PolNeAR, BBC), so that a
// change can be judged on all three at once instead of remembering three command lines.
//
// Usage, from the project root (npm run eval builds first):
//   npm run eval [-- --only dev|polnear|labelled|bbc[,...]] [--sets DIR] [--limit N] [--every K] [--jobs N]
//   node scripts/eval.mjs --only bbc --every 10
// --sets DIR    where the external sets are (DIR/polnear/labels, DIR/bbc/labels);
//               default $BRIEF_EVAL_DIR, else <tmp>/brief-eval (build-external.mjs's default).
// --only SET    run just these sets; repeatable or comma-separated.
// --limit, --every, --jobs are passed to every score.mjs run.
// A missing external set is reported and skipped. Exit code: 0 if every run exited 0, 1 if any
// did not, 2 on bad arguments or when the scorer is missing.
// This script only reads the folders above; PolNeAR's test split is never built or read here.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const scorerRel = '../shared/eval/score.mjs';
const scorer = resolve(root, scorerRel);
const SETS = ['dev', 'polnear', 'labelled', 'bbc'];
const PASSED = ['--limit', '--every', '--jobs'];

function usage(message) {
  if (message) console.error(`eval: ${message}`);
  console.error('usage: node scripts/eval.mjs [--only dev|polnear|labelled|bbc[,...]] [--sets DIR] [--limit N] [--every K] [--jobs N]');
  process.exit(message ? 2 : 0);
}

// --- arguments: "--name value" or "--name=value" --------------------------------
let setsDir = null;
const only = new Set();
const passThrough = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === '--help' || arg === '-h') usage();
  const eq = arg.indexOf('=');
  const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
  let value = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
  if (!['--sets', '--only', ...PASSED].includes(name)) usage(`unknown argument ${arg}`);
  if (value === undefined) {
    value = argv[++i];
    if (value === undefined) usage(`${name} needs a value`);
  }
  if (name === '--sets') setsDir = value;
  else if (name === '--only') {
    for (const s of value
      .split(',')
      .map((x) => x.trim().toLowerCase())
      .filter(Boolean)) {
      if (!SETS.includes(s)) usage(`--only takes ${SETS.join(', ')}, not "${s}"`);
      only.add(s);
    }
  } else {
    if (!/^[1-9]\d*$/.test(value)) usage(`${name} needs a positive whole number, not "${value}"`);
    passThrough.push(name, value);
  }
}
const externalDir = resolve(setsDir ?? (process.env.BRIEF_EVAL_DIR || join(tmpdir(), 'brief-eval')));
const wanted = (set) => only.size === 0 || only.has(set);

if (!existsSync(scorer)) {
  console.error(`eval: the scorer is missing (no ${scorer}); it comes with the shared eval folder beside this project.`);
  process.exit(2);
}

// --- runs ---------------------------------------------------------------------------
const devLabels = resolve(root, '../shared/eval/dev');
const devCount = existsSync(devLabels) ? readdirSync(devLabels).filter((f) => f.endsWith('.json')).length : 0;
const runs = [
  {
    set: 'dev',
    name: 'dev set',
    heading: `== dev set (${devCount} hand-labelled articles) ==`,
    labels: null,
  },
  {
    set: 'polnear',
    name: 'PolNeAR external set',
    heading: '== PolNeAR external set (quotes, speakers; concerns/unconfirmed/summary on its hand-labelled subset) ==',
    labels: join(externalDir, 'polnear', 'labels'),
  },
  {
    set: 'labelled',
    name: 'PolNeAR hand-labelled subset',
    heading: '== PolNeAR hand-labelled subset (the articles with concerns, unconfirmed and summary labels) ==',
    labels: join(externalDir, 'polnear', 'labels'),
    subset: join(externalDir, 'polnear-labelled', 'labels'),
  },
  {
    set: 'bbc',
    name: 'BBC external set',
    heading: '== BBC external set (summary ROUGE against the lead) ==',
    labels: join(externalDir, 'bbc', 'labels'),
  },
].filter((r) => wanted(r.set));

let child = null;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    if (child && child.exitCode === null) child.kill(signal);
  });
}

function score(extraArgs) {
  return new Promise((done) => {
    child = spawn(process.execPath, [scorerRel, ...extraArgs, ...passThrough], { cwd: root, stdio: 'inherit' });
    child.on('error', (err) => done({ code: null, detail: err.message }));
    child.on('close', (code, signal) => done({ code, detail: signal ? `killed by ${signal}` : `exit ${code}` }));
  });
}

/** Copies the labels files that carry concerns labels into `to` (the scorer reads one folder), afresh each run. */
function labelledSubset(from, to) {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(from).filter((x) => x.endsWith('.json'))) {
    const text = readFileSync(join(from, f), 'utf8');
    if (Array.isArray(JSON.parse(text).concerns)) writeFileSync(join(to, f), text);
  }
  return to;
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const started = Date.now();
const summary = [];
let failed = false;

for (const run of runs) {
  if (interrupted) break;
  if (run.labels && !existsSync(run.labels)) {
    console.log(
      `\n${run.name}: absent (no ${run.labels}). Build it with: node ../shared/eval/build-external.mjs ` +
        '(it needs the public repositories networkdynamics/PolNeAR and Miguel-G-Soares/PRI_proj1 as bare mirrors; see its header)',
    );
    summary.push(`${run.set}: absent`);
    continue;
  }
  console.log(`\n${run.heading}`);
  const t0 = Date.now();
  const labels = run.subset ? labelledSubset(run.labels, run.subset) : run.labels;
  const { code, detail } = await score(labels ? ['--labels', labels] : []);
  const took = seconds(Date.now() - t0);
  if (code === 0) summary.push(`${run.set}: ok (${took})`);
  else {
    failed = true;
    summary.push(`${run.set}: FAILED, ${detail} (${took})`);
    console.error(`eval: ${run.name} failed (${detail})`);
  }
}

if (interrupted) {
  failed = true;
  summary.push('interrupted');
}
console.log(`\n${summary.join('; ') || 'nothing to run'}`);
console.log(`eval: total wall time ${seconds(Date.now() - started)}`);
process.exit(failed ? 1 : 0);
