#!/usr/bin/env node
// The build's fingerprint: a hash of everything `npm run build` reads (sources, templates, word lists, build scripts,
// the lock file, Node.js's version), kept in dist/.build-stamp by the build's last step.
//   --write [root]  records it (the build's last step);
//   --check [root]  exits 0 when dist/ was built from exactly these files and its command-line bundle is fresh, 1 otherwise;
//   --clear [root]  forgets it (the build's first step, so a build that fails half-way is never taken for whole).
// root is the project folder, this script's parent by default.
// `npm test` builds only when the check fails: `npm ci` has already built once (prepare), and a second identical tsc
// run was a sixth of the test command's time.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const stampOf = (root) => join(root, 'dist', '.build-stamp');
const INPUT_DIRS = ['src', 'templates', 'data', 'schema'];
const INPUT_FILES = [
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'scripts/build-stamp.mjs',
  'scripts/precompile-templates.mjs',
  'scripts/bundle-cli.mjs',
  'scripts/lib/not-marks.mjs',
];
/** What the build leaves in dist/: without any of them the build runs again. */
const OUTPUTS = ['dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/cli.js', 'dist/templates.precompiled.json'];

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The hash of every input's path and bytes, in a fixed order, and of the Node.js that builds. */
function fingerprint(root) {
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  const files = [...INPUT_DIRS.flatMap((dir) => filesUnder(join(root, dir))), ...INPUT_FILES.map((file) => join(root, file))]
    .map((file) => relative(root, file).split('\\').join('/'))
    .sort();
  for (const file of files) {
    const path = join(root, file);
    hash.update(`${file}\n`);
    hash.update(existsSync(path) ? readFileSync(path) : '(missing)');
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** Whether dist/ holds the modules and declarations built from exactly these inputs (the tests read its declarations). */
export function isBuiltFromSources(root) {
  const stamp = stampOf(root);
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8').trim() !== fingerprint(root)) return false;
  return OUTPUTS.every((file) => existsSync(join(root, file)));
}

/** Whether dist/ holds a whole build of these inputs, with a bundle that runs. */
async function isFresh(root) {
  if (!isBuiltFromSources(root)) return false;
  const dist = join(root, 'dist', 'src');
  const { BUNDLE, bundleIsFresh } = await import(pathToFileURL(join(dist, 'bundle.js')).href);
  const manifest = join(dist, BUNDLE.manifest);
  // Without rolldown the build makes no bundle, and brief runs from its modules: that build is whole too.
  return !existsSync(manifest) ? !existsSync(join(root, 'node_modules', 'rolldown')) : bundleIsFresh(dist, JSON.parse(readFileSync(manifest, 'utf8')));
}

/** The command: the mode and, optionally, the project folder (this script's parent by default). */
async function run([mode, rootArg]) {
  const root = rootArg ?? fileURLToPath(new URL('..', import.meta.url));
  if (mode === '--write') writeFileSync(stampOf(root), `${fingerprint(root)}\n`);
  else if (mode === '--clear') rmSync(stampOf(root), { force: true });
  else if (mode === '--check') {
    const fresh = await isFresh(root);
    if (fresh) console.error('build: dist/ is up to date with the sources (dist/.build-stamp); not building again');
    process.exitCode = fresh ? 0 : 1;
  } else {
    console.error('usage: node scripts/build-stamp.mjs --write | --check | --clear [project folder]');
    process.exitCode = 2;
  }
}

// Run as a command, not when a test imports `isBuiltFromSources`.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) await run(process.argv.slice(2));
