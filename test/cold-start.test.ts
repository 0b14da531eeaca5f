// A cold `brief`: a plain-text article loads none of the modules that only other inputs need, and the build's one-file
// bundle of the command line, run while it is fresh, writes the same bytes and messages as the modules themselves.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE, type BundleManifest, bundleIsFresh } from '../src/bundle.js';
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

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, HOME: '/nonexistent', ...env }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

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
      expect(modules.split('\n').filter((line) => ONLY_FOR_OTHER_INPUTS.test(line))).toEqual([]);
      const builtins = loadedBy(BUILTINS, args, env);
      expect(builtins).toContain('NativeModule fs');
      expect(builtins).not.toContain('NativeModule worker_threads');
    });

    it(`HTML pages named by a glob load them, and two inputs on two jobs start worker threads (${how})`, () => {
      const html = loadedBy(MODULES, [join(HTML, 'w*.html'), '--out', join(scratch, 'html'), '--format', 'json'], env);
      for (const name of ['linkedom', '@mozilla/readability', 'tinyglobby']) expect(html, name).toContain(name);
      const pool = loadedBy(BUILTINS, [SEED_FILE, join(HTML, 'wire-story.html'), '--out', join(scratch, 'pool'), '--format', 'json', '--jobs', '2'], env);
      expect(pool).toContain('NativeModule worker_threads');
    });

    it(`worker threads run ${how === 'from the bundle' ? 'from the bundle, loading none of the modules' : 'from the modules'}`, () => {
      const loaded = loadedBy(MODULES, [SEED_FILE, join(HTML, 'wire-story.html'), '--out', join(scratch, 'workers'), '--format', 'json', '--jobs', '2'], env);
      expect(loaded).toContain('dist/src/batch-worker.js');
      if (how === 'from the bundle' && fresh) expect(loaded).not.toContain('dist/src/brief-task.js');
      if (how === 'from the modules') expect(loaded).toContain('dist/src/brief-task.js');
    });
  }

  it.skipIf(!fresh && !process.env.CI)('the bundle the build made is fresh, and writes the bytes and messages the modules write', () => {
    expect(fresh, 'no fresh bundle of the command line: run "npm run build" (npm test does it)').toBe(true);
    const cases: Array<[name: string, args: string[]]> = [
      ['seed', [SEED_FILE, '--format', 'pdf,md,json']],
      ['html', [join(HTML, 'newspaper-jsonld.html'), '--format', 'pdf,md,json', '--template', 'bluf']],
      ['help', ['--help']],
      ['usage', [SEED_FILE, '--bogus']],
      ['json-out', [SEED_FILE, '--format', 'json', '--output', '-']],
      // Two inputs on two jobs: each worker thread runs from the bundle too.
      ['batch', [SEED_FILE, join(HTML, 'wire-story.html'), '--format', 'pdf,md,json', '--jobs', '2']],
    ];
    for (const [name, args] of cases) {
      const bundled = runCli([...args, '--out', join(scratch, name, 'bundled')]);
      const modules = runCli([...args, '--out', join(scratch, name, 'modules')], { BRIEF_NO_BUNDLE: '1' });
      expect(bundled.status, name).toBe(modules.status);
      expect(bundled.stdout, name).toBe(modules.stdout);
      // A batch says how long it took, and lists inputs as they finish: times aside, in any order.
      const said = (stderr: string): string[] =>
        stderr
          .replace(/, [\d.]+ s$/gm, ', … s')
          .split('\n')
          .sort();
      expect(said(bundled.stderr.replaceAll('bundled', 'modules')), name).toEqual(said(modules.stderr));
      const written = existsSync(join(scratch, name, 'modules')) ? readdirSync(join(scratch, name, 'modules')).sort() : [];
      expect(existsSync(join(scratch, name, 'bundled')) ? readdirSync(join(scratch, name, 'bundled')).sort() : [], name).toEqual(written);
      for (const file of written) {
        expect(readFileSync(join(scratch, name, 'bundled', file)).equals(readFileSync(join(scratch, name, 'modules', file))), `${name}: ${file}`).toBe(true);
      }
    }
  });

  it('a bundle is stale once a file it was made from changes, goes missing, or Node.js is another version', () => {
    const dir = join(scratch, 'fresh');
    const file = join(dir, 'module.js');
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, 'export const a = 1;\n');
    const stat = statSync(file);
    const manifest: BundleManifest = { node: process.version, files: [['module.js', stat.size, stat.ctimeMs]] };
    expect(bundleIsFresh(dir, manifest)).toBe(true);
    expect(bundleIsFresh(dir, { ...manifest, node: 'v0.0.0' })).toBe(false);
    expect(bundleIsFresh(dir, { ...manifest, files: [...manifest.files, ['gone.js', 1, 1]] })).toBe(false);
    appendFileSync(file, '// edited\n');
    expect(bundleIsFresh(dir, manifest)).toBe(false);
  });
});
