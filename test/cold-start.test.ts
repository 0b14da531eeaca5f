// A cold `brief`: a plain-text article loads none of the modules that only other inputs need, from the build's bundle and
// from the modules alike; worker threads of a batch run from the bundle while it is fresh (test/bundle.test.ts: same bytes).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE, type BundleManifest, bundleIsFresh } from '../src/bundle.js';
import { readPdf } from './helpers/pdf-text.js';
import { ROOT, SEED_FILE } from './helpers/seed.js';

const DIST = join(ROOT, 'dist', 'src');
const CLI = join(DIST, 'cli.js');
const HTML = join(ROOT, 'test', 'fixtures', 'html');
const scratch = mkdtempSync(join(tmpdir(), 'brief-cold-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Preloads that record what the process loads. One sees each ES module through a loader hook as it loads (whether the
// CLI runs bundled or not) and, at exit, the CommonJS modules; the hook runs on a worker thread of its own, so the other,
// without a hook, lists the Node built-ins.
const LOG = join(scratch, 'loaded.txt');
const HOOKS = join(scratch, 'hooks.mjs');
const MODULES = join(scratch, 'modules.mjs');
const BUILTINS = join(scratch, 'builtins.mjs');
writeFileSync(
  HOOKS,
  `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(LOG)}, url + '\\n');\n  return next(url, context);\n}\n`,
);
writeFileSync(
  MODULES,
  [
    "import { appendFileSync } from 'node:fs';",
    "import { createRequire, register } from 'node:module';",
    `register(${JSON.stringify(pathToFileURL(HOOKS).href)});`,
    `process.on('exit', () => appendFileSync(${JSON.stringify(LOG)}, Object.keys(createRequire(import.meta.url).cache).join('\\n')));`,
  ].join('\n'),
);
writeFileSync(
  BUILTINS,
  `import { appendFileSync } from 'node:fs';\nprocess.on('exit', () => appendFileSync(${JSON.stringify(LOG)}, process.moduleLoadList.join('\\n')));\n`,
);

/** What a run of the built CLI loaded, one per line: its modules, or the Node built-ins. */
function loadedBy(preload: string, args: string[], env: Record<string, string>): string {
  rmSync(LOG, { force: true });
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(LOG, 'utf8');
}

const ONLY_FOR_OTHER_INPUTS = /linkedom|@mozilla[/\\]readability|tinyglobby|picomatch|fdir/;
// pdfkit's built-in fonts (Helvetica's metrics were parsed for every document): a brief draws only with the fonts it embeds.
const NEVER = /pdfkit[/\\]js[/\\]standard-fonts/;
// What the bundle loads on first use: fontkit's Unicode properties and brotli (for texts the pair tables cannot shape, and
// WOFF2), the terminal's text widths (for --help), and the Unicode tries of fontkit's shapers and of pdfkit's line breaker
// (a line of chrome too long for the page).
const ON_DEMAND = /unicode-properties|unicode-trie|tiny-inflate|brotli|string-width/;

describe('cold start', () => {
  it('is run from the built CLI', () => {
    expect(existsSync(CLI), 'run "npm run build" first (npm test does it)').toBe(true);
  });

  // A bare tsc leaves the bundle stale (brief then runs from the modules); CI builds with npm run build, so there it must be fresh.
  const manifestFile = join(DIST, BUNDLE.manifest);
  const fresh = existsSync(manifestFile) && bundleIsFresh(DIST, JSON.parse(readFileSync(manifestFile, 'utf8')) as BundleManifest);

  for (const [how, env] of [
    ['from the bundle', {}],
    ['from the modules', { BRIEF_NO_BUNDLE: '1' }],
  ] as const) {
    it(`a plain-text brief loads no HTML reader, glob matcher or worker thread (${how})`, () => {
      const args = [SEED_FILE, '--out', join(scratch, 'plain'), '--format', 'pdf,md,json'];
      const modules = loadedBy(MODULES, args, env);
      expect(modules).toContain('dist/src/cli.js');
      expect(modules.split('\n').filter((line) => ONLY_FOR_OTHER_INPUTS.test(line) || NEVER.test(line))).toEqual([]);
      if (how === 'from the bundle' && fresh) expect(modules.split('\n').filter((line) => ON_DEMAND.test(line))).toEqual([]);
      const builtins = loadedBy(BUILTINS, args, env);
      expect(builtins).toContain('NativeModule fs');
      expect(builtins).not.toContain('NativeModule worker_threads');
    });
  }

  // The CLI ends as soon as its event loop is empty (src/cli.ts), so nothing may be left unwritten and the exit code must stand.
  it('writes a whole PDF to standard output and keeps its exit codes', async () => {
    const r = spawnSync(process.execPath, [CLI, SEED_FILE, '--format', 'pdf', '--output', '-'], { cwd: ROOT, maxBuffer: 1 << 26 });
    expect(r.status).toBe(0);
    expect((await readPdf(r.stdout)).pages).toBe(1);
    const missing = spawnSync(process.execPath, [CLI, 'missing.txt'], { cwd: ROOT, encoding: 'utf8' });
    expect([missing.status, missing.stderr.trim()]).toEqual([3, 'brief: missing.txt: no such file']);
  });

  // Worker threads run from the modules are checked by test/bundle.test.ts (the same bytes from a two-job batch both ways).
  it('HTML pages named by a glob load them, and two inputs on two jobs start worker threads that run from the bundle too', () => {
    const html = loadedBy(MODULES, [join(HTML, 'w*.html'), '--out', join(scratch, 'html'), '--format', 'json'], {});
    for (const name of ['linkedom', '@mozilla/readability', 'tinyglobby']) expect(html, name).toContain(name);
    const pool = loadedBy(MODULES, [SEED_FILE, join(HTML, 'wire-story.html'), '--out', join(scratch, 'pool'), '--format', 'json', '--jobs', '2'], {});
    expect(pool).toContain('dist/src/batch-worker.js');
    // From a fresh bundle a worker thread loads none of the modules.
    if (fresh) expect(pool).not.toContain('dist/src/brief-task.js');
  });
});
