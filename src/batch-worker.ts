// A worker thread of a batch: compiles the main thread's template once, then briefs each input the main thread sends.
// It runs from the command's bundle when that is fresh (a worker then starts in a fraction of the time), else from the modules.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { BatchJob, BatchTask } from './brief-task.js';
import { loadFreshBundle } from './bundle.js';
import { keepHeapNearLive } from './heap-budget.js';

if (!parentPort) throw new Error('batch-worker.js runs only as a worker thread of a batch');
const port = parentPort;
const bundled = loadFreshBundle(dirname(fileURLToPath(import.meta.url)));
const { briefOne, reviveTemplate } = await (bundled ? bundled.loadEngine() : import('./engine.js'));
const job = workerData as BatchJob;
const template = reviveTemplate(job.template);
port.on('message', (task: BatchTask) => {
  void briefOne(task, job, template).then((result) => {
    port.postMessage(result);
    keepHeapNearLive();
  });
});
