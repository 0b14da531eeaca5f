// The build's bundle of the command line: run while it is fresh, it writes the same bytes and messages as the
// modules themselves (worker threads of a batch included), and it is stale once anything it was made from changes.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { NOT_MARKS } from '../scripts/lib/not-marks.mjs';
import { BUNDLE, type BundleManifest, bundleIsFresh, V8_FLAGS } from '../src/bundle.js';
import { runCli as runInProcess } from './helpers/run-cli.js';
import { ROOT, SEED_FILE } from './helpers/seed.js';

const DIST = join(ROOT, 'dist', 'src');
const CLI = join(DIST, 'cli.js');
const HTML = join(ROOT, 'test', 'fixtures', 'html');
const scratch = mkdtempSync(join(tmpdir(), 'brief-bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, HOME: '/nonexistent', ...env }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the bundle', () => {
  it("answers fontkit's isMark without unicode-properties only where no character is a mark", () => {
    const fontkitRequire = createRequire(createRequire(join(ROOT, 'package.json')).resolve('fontkit'));
    const unicode = fontkitRequire('unicode-properties') as { isMark: (c: number) => boolean; getCategory: (c: number) => string };
    for (const [from, to] of NOT_MARKS)
      for (let c = from; c < to; c++) {
        expect(unicode.isMark(c), c.toString(16)).toBe(false);
        expect(/\p{M}/u.test(String.fromCodePoint(c)), c.toString(16)).toBe(false);
      }
  });

  // A bare tsc leaves the bundle stale (brief then runs from the modules); CI builds with npm run build, so there it must be fresh.
  const manifestFile = join(DIST, BUNDLE.manifest);
  const fresh = existsSync(manifestFile) && bundleIsFresh(DIST, JSON.parse(readFileSync(manifestFile, 'utf8')) as BundleManifest);
  it.skipIf(!fresh && !process.env.CI)('the bundle the build made is fresh, and writes the bytes and messages the modules write', async () => {
    expect(fresh, 'no fresh bundle of the command line: run "npm run build" (npm test does it)').toBe(true);
    // Which way the modules run: in this process (the modules themselves, already loaded), or as a command of their own
    // where worker threads are started (a batch on two jobs).
    const cases: Array<[name: string, args: string[], modulesIn: 'this process' | 'a process of its own']> = [
      ['html', [join(HTML, 'newspaper-jsonld.html'), '--format', 'pdf,md,json', '--template', 'bluf'], 'this process'],
      ['help', ['--help'], 'this process'],
      ['usage', [SEED_FILE, '--bogus'], 'this process'],
      ['json-out', [SEED_FILE, '--format', 'json', '--output', '-'], 'this process'],
      // The seed and a page on two jobs, every format: each worker thread runs from the bundle too.
      ['batch', [SEED_FILE, join(HTML, 'wire-story.html'), '--format', 'pdf,md,json', '--jobs', '2'], 'a process of its own'],
    ];
    for (const [name, args, modulesIn] of cases) {
      const bundled = runCli([...args, '--out', join(scratch, name, 'bundled')]);
      const modulesArgs = [...args, '--out', join(scratch, name, 'modules')];
      const modules =
        modulesIn === 'this process'
          ? await runInProcess(modulesArgs, { cwd: ROOT }).then((r) => ({ status: r.code, stdout: r.stdout, stderr: r.stderr }))
          : runCli(modulesArgs, { BRIEF_NO_BUNDLE: '1' });
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

  // The command sets its V8 flags before it loads the bundle (src/cli.ts): a cache made under other flags would be rejected.
  it.skipIf(!fresh && !process.env.CI)("V8 takes both scripts' code caches under the command's flags, and only under them", () => {
    const probe = (setFlags: boolean): string => {
      const code = [
        `const { loadBundle, setV8Flags } = await import(${JSON.stringify(pathToFileURL(join(DIST, 'bundle.js')).href)});`,
        setFlags ? 'setV8Flags();' : '',
        `const { cli, scripts } = loadBundle(${JSON.stringify(DIST)}, true);`,
        'await cli.loadEngine();',
        'process.stdout.write([...scripts].map(([name, script]) => `${name} ${script.cachedDataRejected}`).join());',
      ].join('\n');
      return spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }).stdout;
    };
    expect(probe(true)).toBe(`${BUNDLE.code} false,${BUNDLE.engine} false`);
    expect(probe(false)).toBe(`${BUNDLE.code} true,${BUNDLE.engine} true`);
  });

  // A batch's main thread only parses the arguments and runs the worker threads, which brief from the bundle themselves.
  it.skipIf(!fresh && !process.env.CI)("a batch on worker threads never loads the engine's script in its main thread; a single brief does", () => {
    const probe = (args: string[]): string => {
      const code = [
        `const { loadBundle, setV8Flags } = await import(${JSON.stringify(pathToFileURL(join(DIST, 'bundle.js')).href)});`,
        'setV8Flags();',
        `const { cli, scripts } = loadBundle(${JSON.stringify(DIST)}, true);`,
        'const quiet = { write: () => true };',
        `const status = await cli.main(${JSON.stringify(args)}, { stdout: quiet, stderr: quiet });`,
        'process.stdout.write(`${status} ${[...scripts.keys()].join()}`);',
      ].join('\n');
      // A file, not --eval: worker threads inherit the process's options, and --input-type is for --eval only.
      const file = join(scratch, 'engine-probe.mjs');
      writeFileSync(file, code);
      return spawnSync(process.execPath, [file], { cwd: ROOT, encoding: 'utf8' }).stdout;
    };
    const out = join(scratch, 'engine-probe');
    const batch = [SEED_FILE, join(HTML, 'wire-story.html'), '--format', 'json', '--jobs', '2', '--out', out];
    expect(probe(batch)).toBe(`0 ${BUNDLE.code}`);
    expect(readdirSync(out).sort()).toEqual([`${basename(SEED_FILE, '.txt')}.json`, 'wire-story.json']);
    expect(probe([SEED_FILE, '--format', 'json', '--output', join(out, 'one.json')])).toBe(`0 ${BUNDLE.code},${BUNDLE.engine}`);
  });

  // One non-ASCII character anywhere makes V8 keep the whole source two bytes a character, in the command and in each worker.
  it.skipIf(!fresh && !process.env.CI)("the bundle's scripts are ASCII, so V8 keeps their source at one byte a character", () => {
    for (const name of [BUNDLE.code, BUNDLE.engine]) {
      const source = readFileSync(join(DIST, name), 'latin1');
      expect(source.match(/[\u0080-\uffff][^\n]{0,60}/)?.[0] ?? null, name).toBeNull();
    }
  });

  it('a bundle is stale once a file it was made from changes, goes missing, or Node.js is another version', () => {
    const dir = join(scratch, 'fresh');
    const file = join(dir, 'module.js');
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, 'export const a = 1;\n');
    const stat = statSync(file);
    const manifest: BundleManifest = { node: process.version, v8Flags: V8_FLAGS.join(' '), files: [['module.js', stat.size, stat.ctimeMs]] };
    expect(bundleIsFresh(dir, manifest)).toBe(true);
    expect(bundleIsFresh(dir, { ...manifest, node: 'v0.0.0' })).toBe(false);
    expect(bundleIsFresh(dir, { ...manifest, v8Flags: '' })).toBe(false);
    expect(bundleIsFresh(dir, { ...manifest, files: [...manifest.files, ['gone.js', 1, 1]] })).toBe(false);
    appendFileSync(file, '// edited\n');
    expect(bundleIsFresh(dir, manifest)).toBe(false);
  });
});
