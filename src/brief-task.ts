// One unit of batch work: read an input, brief it in memory, then write every output atomically (or report why not).
import { existsSync, mkdirSync, renameSync, type Stats, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { briefText } from './brief-article.js';
import { BriefError, describeError, describeFsError, isBriefError, must, type BriefErrorCode } from './errors.js';
import { readSource, type FetchOptions, type InputRef } from './read/index.js';
import type { Template, TemplateRef } from './markdown/template.js';
import { OUTPUTS, fileOutputOf, type BriefOutputs } from './outputs.js';
import type { InputFormat, OutputFormat, PageSettings } from './types.js';

/** Everything a worker needs to brief inputs like the main thread would; plain data, so it can cross threads. */
export interface BatchJob {
  formats: OutputFormat[];
  outDir: string;
  cwd: string;
  /** The template the main thread loaded, as data: workers compile it from its folder without looking it up again. */
  template: TemplateRef;
  page: Partial<PageSettings>;
  inputFormat?: InputFormat;
  fetch?: FetchOptions;
  /** Inputs over this many bytes are refused (default 5 MB). */
  maxBytes?: number;
  /** Milliseconds a worker thread may spend on one input before it is stopped and the input reported as failed. */
  budgetMs?: number;
}

export interface BatchTask extends InputRef {
  /** Standard input's bytes, read once by the main thread. */
  bytes?: Uint8Array;
}

export interface TaskResult {
  input: string;
  written: string[];
  /** The type size the page needed, and whether items were left out. */
  fontSize: number | null;
  leftOut: boolean;
  /** What the outputs show differently from what was asked, one line each (none when the input failed). */
  warnings?: string[];
  error: { code: BriefErrorCode | null; message: string } | null;
}

/** What stands at `path` now; undefined when nothing does, or when it cannot be looked at (the write then says why). */
function statOf(path: string): Stats | undefined {
  try {
    // A new output does not exist yet: asking without an exception spares one thrown and caught error per file.
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** A device or a named pipe: neither a plain file nor a folder. */
const isSpecial = (stat: Stats | undefined): boolean => stat !== undefined && !stat.isFile() && !stat.isDirectory();

/** Writes to a temporary name and renames, so a failure never leaves a half-written file; errors name `shownAs`, the path as the user gave it. */
export function writeAtomically(path: string, data: string | Uint8Array, shownAs: string = path): void {
  writeAllAtomically([{ path, data, shownAs }]);
}

export interface OutputFile {
  path: string;
  data: string | Uint8Array;
  /** The path as the user gave it, for messages. */
  shownAs: string;
}

/**
 * Writes one brief's outputs as a set: a target that is a folder stops them all before any is written, and each goes to a
 * temporary name before all are renamed, so a failure leaves no PDF without its Markdown.
 */
export function writeAllAtomically(files: readonly OutputFile[]): void {
  const stats = files.map((f) => statOf(f.path));
  const folder = files.find((_, i) => stats[i]?.isDirectory());
  if (folder) throw new BriefError('OUTPUT_FAILED', 'cannot write: is a folder, not a file', { file: folder.shownAs });
  // A device or pipe (--output /dev/stdout) is written to, never replaced by a renamed file.
  const special = files.filter((_, i) => isSpecial(stats[i]));
  const plain = files.filter((_, i) => !isSpecial(stats[i]));
  const temps: string[] = [];
  let current: OutputFile | undefined;
  try {
    for (const f of plain) {
      current = f;
      const tmp = `${f.path}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
      // Recorded before it is written: a write that fails part way (a full disk) leaves a temporary file to remove too.
      temps.push(tmp);
      writeFileSync(tmp, f.data);
    }
    plain.forEach((f, i) => {
      current = f;
      renameSync(must(temps[i], 'the temporary file of an output'), f.path);
    });
    for (const f of special) {
      current = f;
      writeFileSync(f.path, f.data);
    }
  } catch (error) {
    for (const tmp of temps) if (existsSync(tmp)) unlinkSync(tmp);
    throw new BriefError('OUTPUT_FAILED', `cannot write: ${describeFsError(error)}`, { file: current?.shownAs ?? '', cause: error });
  }
}

/** Reads and briefs one input into memory; callers name the input in any error (`describeError`). */
export async function briefInput(task: BatchTask, job: BatchJob, template: Template): Promise<BriefOutputs> {
  const input = await readSource(task, job);
  return await briefText(input.text, {
    source: task.name,
    format: job.inputFormat ?? input.format,
    url: input.url,
    formats: job.formats,
    template,
    pdf: job.page,
  });
}

/** Briefs one input and writes its outputs; every output is made in memory first, so a failure writes nothing. */
export async function briefOne(task: BatchTask, job: BatchJob, template: Template): Promise<TaskResult> {
  try {
    const outputs = await briefInput(task, job, template);
    const made = job.formats.map((format) => [task.output + OUTPUTS[format].extension, fileOutputOf(outputs, format)] as const);
    try {
      mkdirSync(resolve(job.cwd, job.outDir), { recursive: true });
    } catch (error) {
      throw new BriefError('OUTPUT_FAILED', `cannot create the output folder: ${describeFsError(error)}`, { file: job.outDir, cause: error });
    }
    writeAllAtomically(made.map(([name, data]) => ({ path: join(resolve(job.cwd, job.outDir), name), data, shownAs: join(job.outDir, name) })));
    const fit = outputs.fit;
    return {
      input: task.name,
      written: made.map(([name]) => name),
      fontSize: fit?.layout.fontSize ?? null,
      leftOut: fit ? Object.values(fit.omitted).some((n) => n > 0) : false,
      warnings: outputs.warnings ?? [],
      error: null,
    };
  } catch (error) {
    return {
      input: task.name,
      written: [],
      fontSize: null,
      leftOut: false,
      error: {
        code: isBriefError(error) ? error.code : null,
        message: describeError(error, task.name),
      },
    };
  }
}
