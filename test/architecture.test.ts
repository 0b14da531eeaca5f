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
