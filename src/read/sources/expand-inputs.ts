// What the command line names: files, folders, globs, URLs and "-", expanded into a list of inputs with output names.
import { readdirSync, realpathSync, type Stats, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname, join, resolve } from 'node:path';
import { isBriefFile } from '../brief-mark.js';
import { BriefError, describeFsError, isBriefError } from '../../errors.js';
import type { Source } from './read-source.js';
import { loopError } from './file.js';
import { isUrl } from './url.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml']);
/** The extensions as a message lists them: every one a folder or a glob takes, in any case. */
const EXTENSIONS_TEXT = `(${[...ARTICLE_EXTENSIONS].join(', ')}, in any case)`;

export interface InputRef extends Source {
  /** The base name the outputs get: "story" → story.pdf, story.md. */
  output: string;
}

const GLOB = /[*?[\]{}]/;

let tinyglobby: typeof import('tinyglobby') | undefined;
/** tinyglobby (and picomatch under it) loads only for an input that is a glob: a named file or folder never needs it. */
function globFiles(pattern: string, cwd: string): string[] {
  tinyglobby ??= createRequire(import.meta.url)('tinyglobby') as typeof import('tinyglobby');
  return tinyglobby.globSync(pattern, { cwd, onlyFiles: true, expandDirectories: false });
}

function isArticle(file: string): boolean {
  return ARTICLE_EXTENSIONS.has(extname(file).toLowerCase());
}

/** A folder's or a glob's Markdown briefs (brief-mark.ts) are this tool's own outputs, passed over; a named one fails when read. */
function withoutBriefs(files: readonly string[], cwd: string): { articles: string[]; briefs: number } {
  const articles = files.filter((f) => !/\.(md|markdown)$/i.test(f) || !isBriefFile(resolve(cwd, f)));
  return { articles, briefs: files.length - articles.length };
}

/** The end of a "no articles" message: the briefs passed over, when there were any. */
const passedOver = (briefs: number): string => (briefs === 0 ? '' : `; ${briefs} brief${briefs === 1 ? '' : 's'} made by brief passed over`);

/** The code of a file-system error, e.g. ELOOP. */
const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

/** One command-line input as files: a folder gives its articles, a glob its matches. */
function expandOne(input: string, cwd: string): string[] {
  if (input === '-' || isUrl(input)) return [input];
  const path = resolve(cwd, input);
  // Stated once: what the path is (null when nothing is there) decides folder, glob or file below.
  let stats: Stats | null = null;
  try {
    stats = statSync(path);
  } catch (error) {
    // A loop of links fails to stat like a missing file, which it is not.
    if (errnoOf(error) === 'ELOOP') throw loopError(input);
    // A file in a folder it may not search exists, but cannot be reached: not "no such file" (expandInputs says so).
    if (errnoOf(error) === 'EACCES' || errnoOf(error) === 'EPERM') throw error;
  }
  if (stats?.isDirectory()) {
    // A hidden file (".draft.txt", an editor's copy) is no article of the folder's, as a "*" glob passes it over.
    const inside = readdirSync(path)
      .filter((f) => isArticle(f) && !f.startsWith('.'))
      .sort()
      .map((f) => join(input, f));
    const { articles, briefs } = withoutBriefs(inside, cwd);
    if (articles.length === 0) throw new BriefError('INPUT_MISSING', `the folder holds no articles ${EXTENSIONS_TEXT}${passedOver(briefs)}`, { file: input });
    return articles;
  }
  if (stats === null && GLOB.test(input)) {
    const { articles, briefs } = withoutBriefs(globFiles(input, cwd).filter(isArticle).sort(), cwd);
    if (articles.length === 0) throw new BriefError('INPUT_MISSING', `no articles ${EXTENSIONS_TEXT} match this pattern${passedOver(briefs)}`, { file: input });
    return articles;
  }
  return [input];
}

/** The base name of an input's outputs: the file's name, the URL's last path segment (or host), or "stdin". */
function outputBase(input: string): string {
  if (input === '-') return 'stdin';
  if (isUrl(input)) {
    try {
      const url = new URL(input);
      const last = url.pathname.split('/').filter(Boolean).pop();
      return (last ? basename(last, extname(last)) : url.hostname).replace(/[^\w.-]+/g, '-') || 'page';
    } catch {
      return 'page';
    }
  }
  return basename(input, extname(input));
}

/** A file's real path, so that one file reached through a link is briefed once; null for URLs, stdin and missing files. */
function realPathOf(name: string, cwd: string): string | null {
  if (name === '-' || isUrl(name)) return null;
  try {
    return realpathSync(resolve(cwd, name));
  } catch {
    // A missing file or a loop is reported when it is read (a loop already by expandOne for a named file).
    return null;
  }
}

/**
 * Every input, in order, each with an output name no other input of the run has ("story", "story-2"). A file reached twice
 * (named twice, or through a link) is briefed once. An input that names nothing to read (a glob with no match, an empty
 * folder, a loop of links) is a BriefError in its place, so the others still go on.
 */
export function expandInputs(inputs: readonly string[], cwd: string): Array<InputRef | BriefError> {
  const seen = new Set<string>();
  const names = inputs.flatMap((input): Array<string | BriefError> => {
    try {
      return expandOne(input, cwd).flatMap((name) => {
        // Standard input is read once: a second "-" has nothing left to give.
        const real = name === '-' ? '-' : realPathOf(name, cwd);
        if (real !== null && seen.has(real)) return [];
        if (real !== null) seen.add(real);
        return [name];
      });
    } catch (error) {
      if (isBriefError(error)) return [error];
      // A folder it may not read ("permission denied") fails alone, like a missing file; the other inputs go on.
      if (errnoOf(error)) return [new BriefError('INPUT_UNREADABLE', `cannot read: ${describeFsError(error)}`, { file: input, cause: error })];
      throw error;
    }
  });
  const taken = new Set<string>();
  // "story-2" is kept for an input named so: a second "story" skips it ("story-3"), whichever of them comes first.
  const natural = new Set(names.filter((n): n is string => !isBriefError(n)).map((n) => outputBase(n).toLowerCase()));
  return names.map((name): InputRef | BriefError => {
    if (isBriefError(name)) return name;
    const base = outputBase(name);
    let output = base;
    for (let n = 2; taken.has(output.toLowerCase()) || (output !== base && natural.has(output.toLowerCase())); n++) output = `${base}-${n}`;
    taken.add(output.toLowerCase());
    return { kind: name === '-' ? 'stdin' : isUrl(name) ? 'url' : 'file', name, output };
  });
}

/**
 * An input whose brief would be written over another input (a Markdown article briefed into its own folder, or a folder
 * briefed into itself again, whose earlier briefs now read as articles) fails alone with a message: no article is lost.
 */
export function guardInputs(refs: readonly InputRef[], extensions: readonly string[], outDir: string, cwd: string): Array<InputRef | BriefError> {
  const inputs = new Set(refs.filter((r) => r.kind === 'file').map((r) => resolve(cwd, r.name)));
  return refs.map((ref) => {
    const hit = extensions.map((ext) => ref.output + ext).find((name) => inputs.has(resolve(cwd, outDir, name)));
    return hit === undefined
      ? ref
      : new BriefError('OUTPUT_FAILED', `its brief ${join(outDir, hit)} would replace an input article; brief into another folder (--out)`, {
          file: ref.name,
        });
  });
}
