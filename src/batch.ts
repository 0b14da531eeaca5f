// Briefing many inputs: one at a time in this thread, or spread over worker threads by src/batch-pool.ts, each input
// succeeding or failing alone; the work itself is src/brief-task.ts.
import { availableParallelism, freemem } from 'node:os';
import type { BatchJob, BatchTask, TaskResult } from './brief-task.js';
import { runPool } from './batch-pool.js';
import { keepHeapNearLive } from './heap-budget.js';
import type { Template } from './markdown/template.js';

export type { BatchJob, BatchTask, TaskResult } from './brief-task.js';

/** The memory a worker thread may reach briefing long articles (each peaked near 150 MB on the 300-article corpus). */
const WORKER_BYTES = 160 * 1024 * 1024;

/**
 * Worker threads by default: one per core but one, and no more than the free memory holds. V8 collects garbage and
 * compiles on threads of its own: on 2 cores, two workers briefed the corpus in 4.4 s of wall time but 8.5 s of CPU and
 * 285 MB, one worker in 5.0 s, 6.7 s of CPU and 200 MB.
 */
export function defaultJobs(cores: number = availableParallelism(), freeBytes: number = freemem()): number {
  return maxJobs(cores - 1, freeBytes);
}

/**
 * The most worker threads a batch may ask for: one per core, and no more than the free memory holds. More only wait for a
 * core, each input's time budget running meanwhile: "--jobs 1000" on 2 cores took 6.9 GB and timed 141 good articles out.
 */
export function maxJobs(cores: number = availableParallelism(), freeBytes: number = freemem()): number {
  return Math.max(1, Math.min(cores, Math.floor(freeBytes / WORKER_BYTES)));
}

/**
 * Briefs every task, `jobs` at a time on worker threads, reporting each result as it lands: with `jobs` null, as many
 * as `defaultJobs` (always on worker threads, where each input has its time budget); an explicit 1 briefs them here.
 * `template` is the job's template, loaded once by the caller; workers compile theirs from `job.template`.
 */
export async function runBatch(
  tasks: readonly BatchTask[],
  job: BatchJob,
  jobs: number | null,
  onResult: (result: TaskResult) => void,
  template: Template,
): Promise<TaskResult[]> {
  if ((jobs === null || jobs > 1) && tasks.length > 1) {
    // node:worker_threads loads only here, when there is more than one input to spread over threads (runPool).
    const pooled = await runPool(tasks, job, jobs ?? defaultJobs(), onResult);
    if (pooled !== null) return pooled;
  }
  // The briefing engine loads only here: a batch on worker threads never loads it in this thread.
  const { briefOne } = await import('./engine.js');
  const results: TaskResult[] = [];
  for (const task of tasks) {
    const result = await briefOne(task, job, template);
    results.push(result);
    onResult(result);
    keepHeapNearLive();
  }
  return results;
}
