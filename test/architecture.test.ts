// The import rules that keep the stages apart: a broken rule fails naming the file, the line and the import.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

interface Import {
  /** Path of the importing file from the repository root, e.g. src/pdf/fit-page.ts. */
  file: string;
  line: number;
  specifier: string;
  /** The imported file from the repository root (a .js specifier names its .ts source), or the bare package name. */
  target: string;
}

interface Rule {
  name: string;
  breaks: (from: string, to: string) => boolean;
}

const STAGES = ['read', 'analyze', 'markdown', 'pdf'];
const under = (path: string, folder: string): boolean => path.startsWith(`src/${folder}/`);

const RULES: readonly Rule[] = [
  // Blocks are built from the layout primitives; primitives never reach back up.
  { name: 'pdf/layout/ must not import pdf/blocks/', breaks: (from, to) => under(from, 'pdf/layout') && under(to, 'pdf/blocks') },
  // The Markdown stage stands alone; the PDF stage renders Markdown, not the other way round.
  { name: 'markdown/ must not import pdf/', breaks: (from, to) => under(from, 'markdown') && under(to, 'pdf') },
  // The CLI drives the stages; a stage never depends on it.
  {
    name: 'a stage folder must not import src/cli.ts or src/cli-main.ts',
    breaks: (from, to) => STAGES.some((s) => under(from, s)) && (to === 'src/cli.ts' || to === 'src/cli-main.ts'),
  },
  // One module owns pdfkit so the drawing library can be swapped in one place.
  { name: 'only src/pdf/pdf-document.ts may import pdfkit', breaks: (from, to) => to === 'pdfkit' && from !== 'src/pdf/pdf-document.ts' },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

// Static imports and re-exports (also `import type`, across lines), side-effect imports and dynamic import('…').
const IMPORT = /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsOf(file: string, text: string): Import[] {
  return [...text.matchAll(IMPORT)].map((match) => {
    const specifier = match[1] ?? match[2] ?? match[3] ?? '';
    const line = text.slice(0, match.index).split('\n').length;
    return { file, line, specifier, target: targetOf(file, specifier) };
  });
}

function targetOf(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const path = relative(root, resolve(root, dirname(file), specifier));
  return path.replace(/\.js$/, '.ts');
}

function violations(imports: readonly Import[]): string[] {
  return imports.flatMap((imp) =>
    RULES.filter((rule) => rule.breaks(imp.file, imp.target)).map((rule) => `${imp.file}:${imp.line} imports '${imp.specifier}' — ${rule.name}`),
  );
}

const allImports = sourceFiles(src).flatMap((path) => {
  const file = relative(root, path);
  return importsOf(file, readFileSync(path, 'utf8'));
});

describe('architecture', () => {
  it('reads the imports of every stage folder', () => {
    for (const folder of [...STAGES, 'pdf/layout', 'pdf/blocks']) {
      expect(
        allImports.some((imp) => under(imp.file, folder)),
        folder,
      ).toBe(true);
    }
  });

  it('keeps every import rule', () => {
    expect(violations(allImports)).toEqual([]);
  });

  it('names the file, line and import of a broken rule', () => {
    const text = "// a layout primitive\nimport type {\n  Token,\n} from 'marked';\nimport { heading } from '../blocks/heading.js';\n";
    const found = violations([
      ...importsOf('src/pdf/layout/wrap.ts', text),
      ...importsOf('src/markdown/helpers.ts', "export { openPdf } from '../pdf/pdf-document.js';"),
      ...importsOf('src/analyze/phrases.ts', "const cli = await import('../cli.js');"),
      ...importsOf('src/pdf/fit-page.ts', "import PDFDocument from 'pdfkit';"),
    ]);
    expect(found).toEqual([
      "src/pdf/layout/wrap.ts:5 imports '../blocks/heading.js' — pdf/layout/ must not import pdf/blocks/",
      "src/markdown/helpers.ts:1 imports '../pdf/pdf-document.js' — markdown/ must not import pdf/",
      "src/analyze/phrases.ts:1 imports '../cli.js' — a stage folder must not import src/cli.ts or src/cli-main.ts",
      "src/pdf/fit-page.ts:1 imports 'pdfkit' — only src/pdf/pdf-document.ts may import pdfkit",
    ]);
  });
});

describe('file size in src/analyze/', () => {
  // Issue 9: attribution lives in small rule files and one resolver; a file past 200 lines is a sign a rule grew in place.
  const files = readdirSync(join(src, 'analyze'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

  it.each(files)('%s has at most 200 lines', (file) => {
    const lines = readFileSync(join(src, 'analyze', file), 'utf8')
      .replace(/\n$/, '')
      .split('\n').length;
    expect(lines).toBeLessThanOrEqual(200);
  });
});

describe("the command line's own modules", () => {
  // A batch's main thread parses the arguments, expands the inputs, loads the template and runs the worker threads: what
  // src/cli-main.ts reaches without going through src/engine.ts (which it only import()s) must hold none of the
  // briefing engine, so that the build's bundle leaves the engine out of the script that thread runs (scripts/bundle-cli.mjs).
  // Imports of values: not `import type`, `export type` or a type's `typeof import('…')`.
  const valueImports = new Map<string, string[]>();
  for (const path of sourceFiles(src)) {
    const file = relative(root, path);
    const text = readFileSync(path, 'utf8');
    const targets = [...text.matchAll(IMPORT)]
      .filter((match) => !/^\s*(?:import|export)\s+type\b/.test(match[0]) && !text.slice(0, match.index).endsWith('typeof '))
      .map((match) => targetOf(file, match[1] ?? match[2] ?? match[3] ?? ''));
    valueImports.set(file, targets);
  }
  const reached = new Set<string>();
  const stack = ['src/cli-main.ts'];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (reached.has(file) || file === 'src/engine.ts') continue;
    reached.add(file);
    stack.push(...(valueImports.get(file) ?? []));
  }
  const ENGINE =
    /^src\/(?:analyze\/|pdf\/|read\/formats\/|brief-task\.ts$|brief-article\.ts$|outputs\.ts$|sections\.ts$|markdown\/render-markdown\.ts$)|^(?:pdfkit|fontkit|marked)$/;

  it('reach the template, the inputs and the pool, and none of the briefing engine', () => {
    for (const needed of ['src/markdown/template.ts', 'src/read/sources/expand-inputs.ts', 'src/batch-pool.ts', 'yargs']) expect(reached).toContain(needed);
    expect([...reached].filter((file) => ENGINE.test(file))).toEqual([]);
  });
});
