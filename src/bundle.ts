// The bundle of the command line that the build makes with V8 code caches (scripts/bundle-cli.mjs): it starts in
// a fraction of the time that resolving, reading and compiling a few hundred modules takes. The command (src/cli.ts) and
// each worker thread of a batch (src/batch-worker.ts) run from it while every file it was made from is unchanged.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * The bundle of src/cli-main.ts and everything it imports, in two scripts, each with its code cache: the command line's
 * own (argument parsing, inputs, templates, the worker-thread pool) and the briefing engine's (src/engine.ts: reading,
 * analysis, Markdown, PDF), which runs only when a brief is made in that thread. A batch's main thread, which briefs
 * nothing itself, neither reads nor deserialises the engine. And the manifest of both.
 */
export const BUNDLE = {
  code: 'cli-main.bundle.cjs',
  cache: 'cli-main.bundle.cache',
  engine: 'cli-engine.bundle.cjs',
  engineCache: 'cli-engine.bundle.cache',
  manifest: 'cli-main.bundle.json',
} as const;

/** Each script of the bundle with its code cache; the first is the one the command runs, which requires the other. */
export const BUNDLE_SCRIPTS: ReadonlyArray<readonly [code: string, cache: string]> = [
  [BUNDLE.code, BUNDLE.cache],
  [BUNDLE.engine, BUNDLE.engineCache],
];

/**
 * The V8 flags the command runs with.
 * - A batch spent a quarter of its CPU in TurboFan, optimising 754 functions and again after each deoptimisation on
 *   rarely taken paths; letting a function run about nine times longer (V8's default budget is 66 kB of bytecode) before
 *   it is optimised took the 300-article batch from 7.9 to 6.7 CPU-seconds.
 * - Optimising on V8's background threads left each thread's malloc arena holding the compiler's freed memory, about
 *   9 MB of a batch's peak RSS (gone under MALLOC_ARENA_MAX=1); a thread now compiles its own code, for the same CPU
 *   time and about 11 % more wall time on 2 cores, where the background thread had the idle core. Not part of the
 *   code cache's flag check.
 * - Compiling regular expressions was a sixth of a cold brief's CPU (perf: about 540 patterns, most run a few times).
 *   A pattern now runs from V8's bytecode for its first ten calls instead of one before it is compiled to machine code,
 *   and that bytecode skips the peephole pass; a pattern run on a long string (1,000 characters or more) is compiled at
 *   once as before. Cold seed brief about 500 -> 400 ms wall (25 paired runs), the batch's CPU within noise.
 */
export const V8_FLAGS = [
  '--interrupt-budget=600000',
  '--no-concurrent-recompilation',
  '--regexp-tier-up-ticks=10',
  '--no-regexp-peephole-optimization',
] as const;

/**
 * Sets `V8_FLAGS` for this process and the worker threads it starts; the command calls it before it loads the bundle,
 * and the build before it makes the code cache, which V8 rejects when made under other flags. Never set by the library.
 */
export function setV8Flags(): void {
  for (const flag of V8_FLAGS) v8.setFlagsFromString(flag);
}

/** What the bundle was made from, each file with the size and change time it had then (paths relative to the bundle's folder). */
export interface BundleManifest {
  node: string;
  /** The V8 flags its code cache was made under. */
  v8Flags: string;
  files: Array<[path: string, size: number, ctimeMs: number]>;
}

/** The exports of src/cli-main.ts that the bundle gives. */
export interface CliModule {
  main: typeof import('./cli-main.js').main;
  runProcess: typeof import('./cli-main.js').runProcess;
  loadEngine: typeof import('./cli-main.js').loadEngine;
}

/** Whether every file the bundle was made from is as it was then, under this Node.js (a code cache is for one V8). */
export function bundleIsFresh(dir: string, manifest: BundleManifest): boolean {
  if (manifest.node !== process.version || manifest.v8Flags !== V8_FLAGS.join(' ')) return false;
  // A cold start stats every file: joining with a separator, not path.join's normalising, is a third of that time.
  return manifest.files.every(([path, size, ctimeMs]) => {
    const stat = statSync(`${dir}${sep}${path}`, { throwIfNoEntry: false });
    return stat !== undefined && stat.size === size && stat.ctimeMs === ctimeMs;
  });
}

/**
 * Compiles and runs the bundle's first script in `dir` (with its code cache when `cached`); the other runs, from its own
 * file and cache, when the first requires it. Each bundled module sees its own file's URL as import.meta.url, so paths
 * found from it are those of the modules themselves. The scripts, by file name, for the build to make their caches.
 */
export function loadBundle(dir: string, cached: boolean): { cli: CliModule; scripts: Map<string, vm.Script> } {
  const scripts = new Map<string, vm.Script>();
  const exported = new Map<string, unknown>();
  const moduleUrl = (path: string): string => pathToFileURL(join(dir, path)).href;
  const run = (code: string, cache: string): unknown => {
    const file = join(dir, code);
    const source = readFileSync(file, 'utf8');
    const cachedData = cached ? readFileSync(join(dir, cache)) : undefined;
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __moduleUrl) {${source}\n})`, { filename: file, cachedData });
    scripts.set(code, script);
    const module = { exports: {} };
    exported.set(code, module.exports);
    const nodeRequire = createRequire(file);
    // The scripts require each other as "./<file>"; anything else is Node's to load.
    const require = Object.assign((id: string): unknown => {
      const other = BUNDLE_SCRIPTS.find(([name]) => id === `./${name}`);
      return other === undefined ? nodeRequire(id) : exported.has(other[0]) ? exported.get(other[0]) : run(...other);
    }, nodeRequire);
    script.runInThisContext()(module.exports, require, module, file, dir, moduleUrl);
    return module.exports;
  };
  const [code, cache] = BUNDLE_SCRIPTS[0] as readonly [string, string];
  return { cli: run(code, cache) as CliModule, scripts };
}

/** The bundled command line when a fresh bundle is here; null otherwise, when it cannot be loaded, or under BRIEF_NO_BUNDLE. */
export function loadFreshBundle(dir: string): CliModule | null {
  if (process.env.BRIEF_NO_BUNDLE) return null;
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, BUNDLE.manifest), 'utf8')) as BundleManifest;
  } catch {
    return null;
  }
  if (!bundleIsFresh(dir, manifest)) return null;
  try {
    return loadBundle(dir, true).cli;
  } catch {
    // A bundle that fails to load is a build problem: the modules still run the command.
    return null;
  }
}
