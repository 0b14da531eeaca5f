#!/usr/bin/env node
// The `brief` command. It runs the command line (src/cli-main.ts) from the one-file bundle that the build makes with a V8
// code cache (scripts/bundle-cli.mjs), which starts in a fraction of the time that resolving, reading and compiling its
// few hundred modules takes; when there is no bundle, or any file it was made from has changed since, from the modules.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

/** The bundle of src/cli-main.ts and everything it imports, its code cache and its manifest, beside this file. */
export const BUNDLE = { code: 'cli-main.bundle.cjs', cache: 'cli-main.bundle.cache', manifest: 'cli-main.bundle.json' } as const;

/** What the bundle was made from, each file with the size and change time it had then (paths relative to the bundle's folder). */
export interface BundleManifest {
  node: string;
  files: Array<[path: string, size: number, ctimeMs: number]>;
}

/** The exports of src/cli-main.ts that the bundle gives. */
export interface CliModule {
  main: typeof import('./cli-main.js').main;
  runProcess: typeof import('./cli-main.js').runProcess;
}

/** Whether every file the bundle was made from is as it was then, under this Node.js (a code cache is for one V8). */
export function bundleIsFresh(dir: string, manifest: BundleManifest): boolean {
  if (manifest.node !== process.version) return false;
  return manifest.files.every(([path, size, ctimeMs]) => {
    const stat = statSync(join(dir, path), { throwIfNoEntry: false });
    return stat !== undefined && stat.size === size && stat.ctimeMs === ctimeMs;
  });
}

/**
 * Compiles and runs the bundle in `dir` (with `cachedData`, a code cache, when given). Each bundled module sees its own
 * file's URL as import.meta.url, so paths found from it are those of the modules themselves.
 */
export function loadBundle(dir: string, cachedData?: Buffer): { cli: CliModule; script: vm.Script } {
  const file = join(dir, BUNDLE.code);
  const source = readFileSync(file, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __moduleUrl) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} as CliModule };
  const moduleUrl = (path: string): string => pathToFileURL(join(dir, path)).href;
  script.runInThisContext()(module.exports, createRequire(file), module, file, dir, moduleUrl);
  return { cli: module.exports, script };
}

/** The bundled command line when a fresh bundle is here; null otherwise, or when it cannot be loaded. */
function loadFreshBundle(dir: string): CliModule | null {
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, BUNDLE.manifest), 'utf8')) as BundleManifest;
  } catch {
    return null;
  }
  if (!bundleIsFresh(dir, manifest)) return null;
  try {
    return loadBundle(dir, readFileSync(join(dir, BUNDLE.cache))).cli;
  } catch {
    // A bundle that fails to load is a build problem: the modules still run the command.
    return null;
  }
}

const here = fileURLToPath(import.meta.url);
if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(here)) {
  const cli = (process.env.BRIEF_NO_BUNDLE ? null : loadFreshBundle(dirname(here))) ?? (await import('./cli-main.js'));
  await cli.runProcess();
}
