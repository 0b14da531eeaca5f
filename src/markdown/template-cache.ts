// The built-in templates, checked and compiled by `npm run build` (scripts/precompile-templates.mjs): a template file
// whose text is the one built here runs from its compiled form, so a cold brief neither parses, checks nor compiles it.
// Any other text (an edited built-in, a user's template) is checked and compiled as it is read.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Handlebars from 'handlebars';
import { PACKAGE_ROOT } from '../paths.js';
import type { SourceFile } from './template-check.js';

/** How every template is compiled: missing fields are errors, Markdown is not HTML-escaped, partials keep no indent. */
export const COMPILE_OPTIONS = { strict: true, noEscape: true, preventIndent: true } as const;

export const CACHE_FILE = join(PACKAGE_ROOT, 'dist', 'templates.precompiled.json');

/** For each built-in file (its path from the package root): the text it was built from and the compiled code. */
type TemplateCache = Record<string, { source: string; spec: string }>;

let cache: TemplateCache | undefined;

function readCache(): TemplateCache {
  cache ??= existsSync(CACHE_FILE) ? (JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as TemplateCache) : {};
  return cache;
}

/** The compiled code of a file whose text is exactly the one built, else null. */
export function precompiledSpec(file: SourceFile): string | null {
  const entry = readCache()[relative(PACKAGE_ROOT, file.file)];
  return entry !== undefined && entry.source === file.source ? entry.spec : null;
}

/** Compiles the files (already checked) and writes them as the cache, whole or not at all; returns how many. */
export function writeTemplateCache(files: readonly SourceFile[]): number {
  const out: TemplateCache = {};
  for (const file of files) out[relative(PACKAGE_ROOT, file.file)] = { source: file.source, spec: String(Handlebars.precompile(file.source, COMPILE_OPTIONS)) };
  const tmp = `${CACHE_FILE}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(out)}\n`);
  renameSync(tmp, CACHE_FILE);
  cache = out;
  return files.length;
}
