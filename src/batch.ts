// Briefing many inputs: one at a time in this thread, or spread over worker threads — a pool that takes tasks and
// gives their results, each input succeeding or failing alone; the work itself is src/brief-task.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { briefOne, type BatchJob, type BatchTask, type TaskResult } from './brief-task.js';
import type { Template } from './markdown/template.js';
import { PACKAGE_ROOT } from './paths.js';

export { type BatchJob, type BatchTask, briefInput, briefOne, type TaskResult, writeAtomically } from './brief-task.js';
export { outputOf } from './outputs.js';

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
