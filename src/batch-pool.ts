// The worker-thread pool of a batch: a slot per job takes tasks from a queue, each input succeeding or failing alone.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { BatchJob, BatchTask, TaskResult } from './brief-task.js';
import { failedResult } from './failed-result.js';
import { PACKAGE_ROOT } from './paths.js';

/** The compiled worker script; absent when running from TypeScript sources without a build. */
function workerScript(): string | null {
  const here = fileURLToPath(new URL('./batch-worker.js', import.meta.url));
  if (existsSync(here)) return here;
  const built = join(PACKAGE_ROOT, 'dist', 'src', 'batch-worker.js');
  return existsSync(built) ? built : null;
}

/**
 * Briefs every task on `jobs` worker threads, reporting each result as it lands; null when there is no compiled
 * worker script to start (running from TypeScript sources), so the caller briefs them in its own thread.
 */
export async function runPool(tasks: readonly BatchTask[], job: BatchJob, jobs: number, onResult: (result: TaskResult) => void): Promise<TaskResult[] | null> {
  const script = workerScript();
  if (script === null) return null;
  const results: TaskResult[] = [];
  const queue = [...tasks];
  const record = (result: TaskResult): void => {
    results.push(result);
    onResult(result);
  };
  const budgetMs = job.budgetMs ?? DEFAULT_BUDGET_MS;
  // Required here, not imported above: the CLI's bundle would otherwise load node:worker_threads at start for every brief.
  const { Worker: Thread } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const start = (): Worker => new Thread(script, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, () => runWorker(start, queue, record, budgetMs)));
  return results;
}

/**
 * A worker's young generation, where each brief's short-lived objects are made: V8 let it grow to 32 MB, all of it
 * resident, while a brief's survivors are a few MB. At 16 MB the 300-article batch peaked 13 MB lower, for about 3 %
 * more CPU in scavenges (5 paired runs); at 8 MB another 5.5 MB lower (147.5 against 153.0 MB, mean of 5 alternating
 * runs), CPU within noise (11.34 against 11.24 s).
 */
export const WORKER_YOUNG_GENERATION_MB = 8;

/** How long one input may hold a worker thread: far beyond the few seconds the largest allowed input takes. */
export const DEFAULT_BUDGET_MS = 60_000;

/**
 * One slot of the pool: a worker thread takes tasks from the queue until it is empty. An input that runs over the
 * budget, or whose worker dies, is reported as failed, its worker is stopped, and a fresh worker takes the slot.
 */
function runWorker(start: () => Worker, queue: BatchTask[], record: (result: TaskResult) => void, budgetMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const spawn = (): void => {
      const worker = start();
      let task: BatchTask | undefined;
      let timer: NodeJS.Timeout | undefined;
      let retired = false;
      const retire = (lost: TaskResult | null): void => {
        if (retired) return;
        retired = true;
        clearTimeout(timer);
        void worker.terminate();
        if (lost === null) return done();
        record(lost);
        if (queue.length > 0) spawn();
        else done();
      };
      const next = (): void => {
        clearTimeout(timer);
        task = queue.shift();
        if (!task) return retire(null);
        const held = task;
        timer = setTimeout(() => retire(failedResult(held, 'INPUT_TOO_SLOW', `took longer than ${budgetMs / 1000} s and was stopped`)), budgetMs);
        worker.postMessage(held);
      };
      worker.on('message', (result: TaskResult) => {
        if (retired) return;
        record(result);
        next();
      });
      const lose = (why: string): void => {
        // A worker that cannot start is a broken install, not a bad input: the batch fails as before.
        if (task === undefined && !retired) {
          retired = true;
          fail(new Error(why));
          return;
        }
        if (task) retire(failedResult(task, null, why));
      };
      worker.on('error', (error) => lose(error.message));
      worker.on('exit', (code) => lose(`the worker thread stopped (exit code ${code})`));
      worker.once('online', next);
    };
    spawn();
  });
}
