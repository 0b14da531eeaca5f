// Issue 11's import rule for read/: it owns the entry of bytes and leans on nothing else in src/ but the shared basics.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/seed.js';

const READ = join(ROOT, 'src', 'read');
// pattern-literals.ts and word-count.ts: the literal prefilter of word-list patterns and the word count, which the
// reader (page furniture, header lines) and the analysis (cues, concern scopes, the summary) both run.
const SHARED = new Set([
  'src/types.ts',
  'src/errors.ts',
  'src/lexicon.ts',
  'src/front-matter.ts',
  'src/paths.ts',
  'src/pattern-literals.ts',
  'src/word-count.ts',
]);
const IMPORTS = [/\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a source file names in an import or export statement, or a dynamic import with a literal. */
function importsOf(text: string): string[] {
  return IMPORTS.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!));
}

/** "src/read/x.ts imports '../batch.js' (src/batch.ts)" for each project file outside read/ that is not a shared basic. */
function boundaryBreaks(file: string, text: string): string[] {
  const from = relative(ROOT, file).split('\\').join('/');
  return importsOf(text)
    .filter((specifier) => specifier.startsWith('.'))
    .map(
      (specifier) =>
        [
          specifier,
          relative(ROOT, resolve(dirname(file), specifier))
            .split('\\')
            .join('/')
            .replace(/\.js$/, '.ts'),
        ] as const,
    )
    .filter(([, target]) => !target.startsWith('src/read/') && !SHARED.has(target))
    .map(([specifier, target]) => `${from} imports '${specifier}' (${target})`);
}

describe('the read/ boundary', () => {
  it('finds the import statements it checks', () => {
    expect(importsOf("import { a,\n  b } from './x.js';\nexport { c } from '../y.js';\nimport './z.js';\nconst m = await import('../w.js');")).toEqual([
      './x.js',
      '../y.js',
      './z.js',
      '../w.js',
    ]);
    expect(
      boundaryBreaks(join(READ, 'sources', 'file.ts'), "import { BriefError } from '../../errors.js';\nimport type { Job } from '../../batch.js';"),
    ).toEqual(["src/read/sources/file.ts imports '../../batch.js' (src/batch.ts)"]);
  });

  it('no file under src/read/ imports from src/ outside read/ except types, errors, lexicon, front-matter and paths', () => {
    const files = sourceFiles(READ);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => boundaryBreaks(file, readFileSync(file, 'utf8')))).toEqual([]);
  });
});
