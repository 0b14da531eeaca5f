#!/usr/bin/env node
// The build's last step (npm run build, after tsc): bundles dist/src/cli-main.js and everything it imports into two files
// with rolldown (the command line's own modules, and the briefing engine's, src/engine.ts), briefs a sample article with
// them in this process, and keeps V8's code cache of each, so a cold `brief` neither resolves nor compiles its modules. dist/src/cli.js runs the bundle only while every file it was made from is
// unchanged (the manifest); without rolldown the step is skipped and the command runs from the modules as before.
import { mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NOT_MARKS } from './lib/not-marks.mjs';

/** A made-up wire story with a dateline, quotes, attributions and a hedged claim: what the code cache is compiled from. */
const SAMPLE = `The Harbor Gazette

City council approves new flood barrier after months of debate

By Dana Whitfield

Published : March 4, 2024 - 10:15

RIVERTON, March 4 (Gazette) - The city council on Monday approved a $42 million flood barrier along the east bank, ending a debate that had split residents since last autumn's storms.

"This is the most important vote we have taken in a decade," Mayor Elena Ruiz said after the 7-2 vote. "We cannot ask people to rebuild and then leave them exposed again."

Council member Tom Baker, who voted against the plan, said the cost estimates were too optimistic. "Nobody has shown us what happens if the budget doubles," he told reporters.

The barrier will reportedly be built by a consortium led by Northline Engineering, according to two people familiar with the talks who asked not to be named.

Engineers expect construction to begin in June and to take about three years. The state has promised to cover a third of the cost, officials said.

Residents of the Lowfield district, where more than 300 homes flooded in October, welcomed the decision but voiced concern about the noise and traffic the work will bring.
`;

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'dist', 'src');
const { BUNDLE, BUNDLE_SCRIPTS, V8_FLAGS, loadBundle, setV8Flags } = await import(pathToFileURL(join(dir, 'bundle.js')).href);

/** Writes a file of the bundle under another name first, so a brief starting meanwhile reads the old file or the new, whole. */
function writeWhole(name, data) {
  const tmp = join(dir, `${name}.${process.pid}.tmp`);
  writeFileSync(tmp, data);
  renameSync(tmp, join(dir, name));
}

// Without a manifest, dist/src/cli.js never runs a bundle: an old one is never run while a new one is being made.
rmSync(join(dir, BUNDLE.manifest), { force: true });

let rolldown;
try {
  rolldown = await import('rolldown');
} catch {
  console.error('bundle-cli: rolldown is not installed, so brief runs from its modules (slower to start)');
  process.exit(0);
}

/** A module's own file URL for import.meta.url, so createRequire and paths found from it are the module's, not the bundle's. */
const ownUrl = {
  name: 'own-import-meta-url',
  transform(code, id) {
    if (id.startsWith('\0') || !code.includes('import.meta.url')) return null;
    return { code: code.replaceAll('import.meta.url', `__moduleUrl(${JSON.stringify(relative(dir, id))})`), map: null };
  },
};

/**
 * What the bundled packages import but a brief never calls: pdfkit's fontkit `create` (brief hands pdfkit the fonts that
 * src/pdf/fonts.ts parsed), pdfkit's AES for encrypted PDFs, and fontkit's brotli for WOFF2 fonts. In the bundle each is a
 * stub that loads the real module on its first call, so that code is neither read nor run when brief starts.
 * yargs' and cliui's string-width is only needed for --help and yargs' messages.
 * fontkit's Unicode properties and the Unicode tries of fontkit's shapers and of linebreak are only needed when fontkit
 * lays a text out or pdfkit breaks lines, which a brief of Latin text never asks (data/kerning/ shapes its words): a trie
 * is built from its data on its first lookup, the properties module is loaded on its first call.
 */
const LAZY = [
  { importer: 'pdfkit', source: 'fontkit', names: ['create'] },
  { importer: 'pdfkit', source: '@noble/ciphers/aes', names: ['cbc', 'ecb'] },
  { importer: 'fontkit', source: 'brotli/decompress.js', names: ['default'] },
  // fontkit asks isMark of every glyph it makes; no character below U+0300 or from U+2000 to U+20CF is a mark.
  { importer: 'fontkit', source: 'unicode-properties', names: ['getCombiningClass', 'getScript', 'isDigit', 'getCategory', 'isMark'], notMarks: NOT_MARKS },
  { importer: 'fontkit', source: 'unicode-trie', trie: true },
  { importer: 'linebreak', source: 'unicode-trie', trie: true },
  // Text widths for the terminal, which only --help and yargs' own messages need; they compile Unicode-property
  // regular expressions and a segmenter when loaded.
  { importer: 'yargs', source: 'string-width', names: ['default'] },
  { importer: 'cliui', source: 'string-width', names: ['default'] },
  { importer: 'wrap-ansi', source: 'string-width', names: ['default'] },
];
const inPackage = (file, name) => file.split(/[/\\]/).includes(name);
const lazyImports = {
  name: 'lazy-imports',
  resolveId(source, importer) {
    const index = LAZY.findIndex((lazy) => lazy.source === source && importer !== undefined && inPackage(importer, lazy.importer));
    return index < 0 ? null : `\0lazy:${index}:${relative(dir, importer)}`;
  },
  load(id) {
    if (!id.startsWith('\0lazy:')) return null;
    const [, index, importer] = id.split(':');
    const { source, names, trie, notMarks } = LAZY[Number(index)];
    const real = `(real ??= createRequire(__moduleUrl(${JSON.stringify(importer)}))(${JSON.stringify(source)}))`;
    // unicode-trie's class: kept as its data until a lookup needs the trie itself.
    if (trie)
      return [
        "import { createRequire } from 'node:module';",
        'let real;',
        'export default class LazyUnicodeTrie {',
        '  constructor(...args) {',
        '    this.args = args;',
        '    this.trie = null;',
        '  }',
        '  get(codePoint) {',
        `    this.trie ??= new ${real}(...this.args);`,
        '    return this.trie.get(codePoint);',
        '  }',
        '}',
      ].join('\n');
    const known = notMarks?.map(([from, to]) => `(codePoint >= ${from} && codePoint < ${to})`).join(' || ');
    const stub = (name) =>
      name === 'isMark' && known
        ? `export function isMark(codePoint) {\n  return ${known} ? false : ${real}.isMark(codePoint);\n}`
        : name === 'default'
          ? `export default function lazyDefault(...args) {\n  const loaded = ${real};\n  return (typeof loaded === 'function' ? loaded : loaded.default)(...args);\n}`
          : `export function ${name}(...args) {\n  return ${real}.${name}(...args);\n}`;
    return ["import { createRequire } from 'node:module';", 'let real;', ...names.map(stub)].join('\n');
  },
};

/**
 * The command line's own modules: what src/cli-main.ts imports, and what those import, statically or not, short of the
 * briefing engine (src/engine.ts), which they only ever import(). Every other module goes in the engine's script.
 */
const front = new Set();
const ENGINE = join(dir, 'engine.js');
const frontModules = {
  name: 'front-modules',
  buildEnd() {
    const stack = [join(dir, 'cli-main.js')];
    while (stack.length > 0) {
      const id = stack.pop();
      if (front.has(id) || id === ENGINE) continue;
      front.add(id);
      const info = this.getModuleInfo(id);
      stack.push(...info.importedIds, ...info.dynamicallyImportedIds);
    }
  },
};

const started = performance.now();
const build = await rolldown.rolldown({
  input: join(dir, 'cli-main.js'),
  platform: 'node',
  plugins: [ownUrl, lazyImports, frontModules],
  // The engine's script takes its shared modules from the command line's, which exports them under names of its own.
  preserveEntrySignatures: 'allow-extension',
  // yargs reads import.meta.resolve only for a config file's "extends", which brief never gives it.
  onLog: (level, log, handle) => (log.code === 'EMPTY_IMPORT_META' ? undefined : handle(level, log)),
});
// ASCII, escaped where a character is not: V8 keeps a source with one other character at two bytes a character, in the
// command and in every worker thread (1.7 MB each). JSDoc comments, which hold most of those characters, are left out.
// Two scripts: the command line's own modules, and the engine's (every module only the engine needs) with it.
const { output } = await build.generate({
  format: 'cjs',
  entryFileNames: BUNDLE.code,
  chunkFileNames: '[name].bundle.cjs',
  codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: BUNDLE.engine.replace('.bundle.cjs', ''), test: (id) => !front.has(id) }] },
  charset: 'ascii',
  comments: { legal: true, annotation: true, jsdoc: false },
});
await build.close();
const chunks = output.filter((item) => item.type === 'chunk');
const names = chunks.map((chunk) => chunk.fileName).sort();
if (
  names.join() !==
  BUNDLE_SCRIPTS.map(([code]) => code)
    .sort()
    .join()
)
  throw new Error(`bundle-cli: the bundle came out as ${names.join(', ')}`);
const sources = chunks.flatMap((chunk) => chunk.moduleIds.filter((id) => !id.startsWith('\0')));
for (const chunk of chunks) {
  // String.raw keeps its characters as written: one outside ASCII is a build error, not a silent two-byte source.
  if (/[\u0080-\uffff]/.test(chunk.code)) throw new Error(`bundle-cli: ${chunk.fileName} is not ASCII`);
  // The bundle runs as vm.Scripts, where import() has no loader: a module loaded later is required (see src/batch-pool.ts).
  if (/(?<![\w.$])import\(/.test(chunk.code)) throw new Error(`bundle-cli: ${chunk.fileName} calls import(), which does not run in it`);
  writeWhole(chunk.fileName, chunk.code);
}

// One brief of a sample article in every format compiles the code a brief runs; the cache keeps it compiled, under the
// command's V8 flags.
setV8Flags();
const { cli, scripts } = loadBundle(dir, false);
const scratch = mkdtempSync(join(tmpdir(), 'brief-bundle-'));
try {
  const sample = join(scratch, 'sample.txt');
  writeFileSync(sample, SAMPLE);
  const io = { stdout: { write: () => true }, stderr: { write: () => true } };
  const code = await cli.main([sample, '--out', scratch, '--format', 'pdf,md,json', '--jobs', '1'], io);
  if (code !== 0) throw new Error(`bundle-cli: the bundled command line failed on the sample article (exit code ${code})`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
for (const [code, cache] of BUNDLE_SCRIPTS) writeWhole(cache, scripts.get(code).createCachedData());

const files = [...sources.map((id) => relative(dir, id)), ...BUNDLE_SCRIPTS.flat()].map((path) => {
  const stat = statSync(join(dir, path));
  return [path, stat.size, stat.ctimeMs];
});
writeWhole(BUNDLE.manifest, `${JSON.stringify({ node: process.version, v8Flags: V8_FLAGS.join(' '), files })}\n`);
const kb = (name) => Math.round(statSync(join(dir, name)).size / 1024);
const shown = BUNDLE_SCRIPTS.map(([code, cache]) => `${code} (${kb(code)} kB, code cache ${kb(cache)} kB)`).join(' + ');
console.error(`bundle-cli: ${sources.length} modules → ${shown} in ${Math.round(performance.now() - started)} ms`);
