// Briefing many inputs: one at a time in this thread, or spread over worker threads. Each input succeeds or fails alone.
import { existsSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { briefText } from './brief-article.js';
import { BriefError, formatBriefError, isBriefError, type BriefErrorCode } from './errors.js';
import { PACKAGE_ROOT } from './paths.js';
import { readSource, type FetchOptions, type InputRef } from './read/index.js';
import type { Template, TemplateRef } from './markdown/template.js';
import { OUTPUTS, outputOf, type BriefOutputs } from './outputs.js';
import type { InputFormat, OutputFormat, PageSettings } from './types.js';

export { outputOf } from './outputs.js';

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
  error: { code: BriefErrorCode | null; message: string } | null;
}

/** Writes to a temporary name and renames, so a failure never leaves a half-written file. */
export function writeAtomically(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw new BriefError('OUTPUT_FAILED', `cannot write: ${(error as Error).message}`, { file: path, cause: error });
  }
}

/** Reads and briefs one input into memory. */
export async function briefInput(task: BatchTask, job: BatchJob, template: Template): Promise<BriefOutputs> {
  const input = await readSource(task, job);
  return briefText(input.text, { source: task.name, format: job.inputFormat ?? input.format, url: input.url, formats: job.formats, template, pdf: job.page });
}

/** Briefs one input and writes its outputs; every output is made in memory first, so a failure writes nothing. */
export async function briefOne(task: BatchTask, job: BatchJob, template: Template): Promise<TaskResult> {
  try {
    const outputs = await briefInput(task, job, template);
    const made = job.formats.map((format) => [join(resolve(job.cwd, job.outDir), task.output + OUTPUTS[format].extension), outputOf(outputs, format)] as const);
    try {
      mkdirSync(resolve(job.cwd, job.outDir), { recursive: true });
    } catch (error) {
      throw new BriefError('OUTPUT_FAILED', `cannot create the output folder: ${(error as Error).message}`, { file: job.outDir, cause: error });
    }
    for (const [path, data] of made) writeAtomically(path, data);
    const fit = outputs.fit;
    return {
      input: task.name,
      written: made.map(([path]) => basename(path)),
      fontSize: fit?.layout.fontSize ?? null,
      leftOut: fit ? Object.values(fit.omitted).some((n) => n > 0) : false,
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
        message: isBriefError(error) ? formatBriefError(error) : `unexpected error: ${(error as Error).message}`,
      },
    };
  }
}

/** The compiled worker script; absent when running from TypeScript sources without a build. */
function workerScript(): string | null {
  const here = fileURLToPath(new URL('./batch-worker.js', import.meta.url));
  if (existsSync(here)) return here;
  const built = join(PACKAGE_ROOT, 'dist', 'src', 'batch-worker.js');
  return existsSync(built) ? built : null;
}

/**
 * Briefs every task, `jobs` at a time on worker threads (or here, for one job), reporting each result as it lands.
 * `template` is the job's template, loaded once by the caller; workers compile theirs from `job.template`.
 */
export async function runBatch(
  tasks: readonly BatchTask[],
  job: BatchJob,
  jobs: number,
  onResult: (result: TaskResult) => void,
  template: Template,
): Promise<TaskResult[]> {
  const script = workerScript();
  const results: TaskResult[] = [];
  if (jobs <= 1 || tasks.length <= 1 || script === null) {
    for (const task of tasks) {
      const result = await briefOne(task, job, template);
      results.push(result);
      onResult(result);
    }
    return results;
  }
  const queue = [...tasks];
  const runWorker = (): Promise<void> =>
    new Promise((done, fail) => {
      const worker = new Worker(script, { workerData: job });
      const next = (): void => {
        const task = queue.shift();
        if (task) worker.postMessage(task);
        else void worker.terminate().then(() => done());
      };
      worker.on('message', (result: TaskResult) => {
        results.push(result);
        onResult(result);
        next();
      });
      worker.on('error', fail);
      worker.once('online', next);
    });
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, runWorker));
  return results;
}
