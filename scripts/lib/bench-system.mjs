// The whole-program measurements of `npm run bench`: cold CLI against `node -e ''`, in-process time per stage,
// the corpus batch at --jobs 1 and the default (wall, CPU, peak RSS from /usr/bin/time), and how analysis scales.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/**
 * Median wall milliseconds of each command over `runs` rounds, one run of each command per round, so that a machine
 * slowing down or speeding up during the measurement weighs on all of them alike (after one warm-up run each for the
 * file cache). A command is [command, args] or [command, args, env]. A command that fails is given as its error
 * instead of a time.
 */
function interleavedWallMs(commands, runs) {
  const times = commands.map(() => []);
  const errors = commands.map(([command, args, env]) => {
    const r = spawnSync(command, args, { stdio: 'ignore', env });
    return r.status === 0 ? null : `${command} ${args.join(' ')} exited ${r.status}`;
  });
  for (let i = 0; i < runs; i++) {
    commands.forEach(([command, args, env], k) => {
      if (errors[k] !== null) return;
      const t0 = performance.now();
      const r = spawnSync(command, args, { stdio: 'ignore', env });
      if (r.status !== 0) errors[k] = `${command} ${args.join(' ')} exited ${r.status}`;
      else times[k].push(performance.now() - t0);
    });
  }
  return commands.map((_, k) => (errors[k] === null ? { ms: median(times[k]) } : { ms: null, error: errors[k] }));
}

/**
 * The environment without NODE_EXTRA_CA_CERTS when it is set, else null. Every Node.js process, `node -e ''` too,
 * reads and parses those certificates before it runs any code (70–80 ms for the 144 of a Debian system bundle, on a
 * 2-core machine), so the cold figures are given both ways.
 */
export function withoutExtraCerts(env = process.env) {
  if (!env.NODE_EXTRA_CA_CERTS) return null;
  const { NODE_EXTRA_CA_CERTS: _, ...rest } = env;
  return rest;
}

/** Cold CLI on one article against Node starting and doing nothing, in the given environment. */
export function coldStart(cli, article, runs = 11, env = process.env) {
  const out = mkdtempSync(join(tmpdir(), 'brief-bench-'));
  try {
    const [node, brief] = interleavedWallMs(
      [
        [process.execPath, ['-e', ''], env],
        [process.execPath, [cli, article, '--out', out], env],
      ],
      runs,
    );
    if (node.ms === null || brief.ms === null) throw new Error(node.error ?? brief.error);
    return { nodeMs: node.ms, briefMs: brief.ms, ratio: brief.ms / node.ms };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Median in-process milliseconds of each stage over the articles of a folder. */
export async function stageTimes(api, template, dir, files) {
  const stages = { read: [], analyze: [], build: [], markdown: [], pdf: [] };
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    let t = performance.now();
    const article = api.readArticle(text, { source: f });
    stages.read.push(performance.now() - t);
    t = performance.now();
    const analysis = api.analyzeArticle(article);
    stages.analyze.push(performance.now() - t);
    t = performance.now();
    const brief = api.buildBrief(article, analysis);
    stages.build.push(performance.now() - t);
    t = performance.now();
    api.renderMarkdown(brief, template);
    stages.markdown.push(performance.now() - t);
    t = performance.now();
    await api.renderPdf(brief, { template });
    stages.pdf.push(performance.now() - t);
  }
  return Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, median(v)]));
}

/**
 * The folder as a batch by this build and by another (`--against`), alternating for `rounds` rounds so that a machine
 * slowing down weighs on both alike: the median CPU seconds of each and their ratio. Null without /usr/bin/time.
 */
export function pairedBatch(cli, otherCli, dir, rounds = 3) {
  const cpu = [[], []];
  for (let i = 0; i < rounds; i++) {
    for (const [k, c] of [cli, otherCli].entries()) {
      const b = batchRun(c, dir, null);
      if (!b) return null;
      if (b.status !== 0) throw new Error(`${c} exited ${b.status} on ${dir}`);
      cpu[k].push(b.cpu);
    }
  }
  const [mine, other] = cpu.map(median);
  return { mine, other, ratio: other / mine, rounds };
}

/** The CLI over a whole folder: wall and CPU seconds and peak RSS, as /usr/bin/time reports them. */
export function batchRun(cli, dir, jobs) {
  const timer = '/usr/bin/time';
  if (!existsSync(timer)) return null;
  const out = mkdtempSync(join(tmpdir(), 'brief-bench-'));
  try {
    const jobArgs = jobs === null ? [] : ['--jobs', String(jobs)];
    const r = spawnSync(timer, ['-f', '%e %U %S %M', process.execPath, cli, dir, '--out', out, '--quiet', ...jobArgs], { encoding: 'utf8' });
    const last = r.stderr.trim().split('\n').at(-1) ?? '';
    const [wall, user, sys, rssKb] = last.split(' ').map(Number);
    const articles = readdirSync(out).filter((f) => f.endsWith('.pdf')).length;
    return { jobs: jobs ?? 'default', wall, cpu: user + sys, rssMb: rssKb / 1024, articles, status: r.status };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Analysis time of an article's paragraphs repeated 1, 4, 16 and 64 times, each against the time at 1×. The copies are made
 * after reading: the reader drops a paragraph printed twice as page furniture, and the analysis must see all k copies.
 */
export function analysisScaling(api, text, factors = [1, 4, 16, 64]) {
  const once = api.readArticle(text, { source: 'bench' });
  const n = once.paragraphs.length;
  const rows = [];
  for (const k of factors) {
    const paragraphs = Array.from({ length: k }, (_, c) => once.paragraphs.map((p) => ({ ...p, index: c * n + p.index }))).flat();
    const article = { ...once, paragraphs };
    const runs = [];
    for (let i = 0; i < Math.max(3, Math.round(64 / k)); i++) {
      const t = performance.now();
      api.analyzeArticle(article);
      runs.push(performance.now() - t);
    }
    rows.push({ factor: k, ms: median(runs) });
  }
  return rows.map((r) => ({ ...r, vsOne: r.ms / rows[0].ms }));
}

/** Whether pandoc or a Chromium is installed to pair against; they are compared only when present. */
export function peers() {
  const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
  const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find(has) ?? null;
  return { pandoc: has('pandoc'), wkhtmltopdf: has('wkhtmltopdf'), chromium };
}

/**
 * The seed's Markdown brief to PDF by the installed peers, against brief doing everything (read, analyse, fill the
 * template, lay out and draw) from a cold start: pandoc with wkhtmltopdf, and Chromium printing the Markdown as HTML.
 * Where NODE_EXTRA_CA_CERTS is set, brief also runs without it (the peers never read it). Each is the median wall time
 * of `runs` rounds in which every command runs once; a peer that fails is reported, not timed. Rows are
 * { name, brief: boolean, ms } or { name, brief, ms: null, error }.
 */
export function pairPeers(cli, article, found, runs = 11) {
  const dir = mkdtempSync(join(tmpdir(), 'brief-peers-'));
  try {
    const md = join(dir, 'seed.md');
    spawnSync(process.execPath, [cli, article, '--format', 'md', '--output', md], { stdio: 'ignore' });
    const briefArgs = [cli, article, '--format', 'pdf', '--out', join(dir, 'out')];
    const commands = [['brief, whole brief from the article (cold)', process.execPath, briefArgs]];
    const bare = withoutExtraCerts();
    if (bare) commands.push(['brief, the same without NODE_EXTRA_CA_CERTS', process.execPath, briefArgs, bare]);
    if (found.pandoc && found.wkhtmltopdf)
      commands.push(['pandoc + wkhtmltopdf, Markdown to PDF only', 'pandoc', [md, '-o', join(dir, 'pandoc.pdf'), '--pdf-engine=wkhtmltopdf']]);
    if (found.chromium) {
      const html = join(dir, 'seed.html');
      if (found.pandoc) spawnSync('pandoc', [md, '-s', '--metadata', 'title=brief', '-o', html], { stdio: 'ignore' });
      if (existsSync(html))
        commands.push([
          'Chromium (headless), HTML to PDF only',
          found.chromium,
          ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${join(dir, 'chromium.pdf')}`, html],
        ]);
    }
    const timed = interleavedWallMs(
      commands.map(([, command, args, env]) => [command, args, env]),
      runs,
    );
    return commands.map(([name, command], k) => ({ name, brief: command === process.execPath, ...timed[k] }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
