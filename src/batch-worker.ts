// A worker thread of a batch: compiles the main thread's template once, then briefs each input the main thread sends.
import { parentPort, workerData } from 'node:worker_threads';
import { briefOne, type BatchJob, type BatchTask } from './brief-task.js';
import { reviveTemplate } from './markdown/template.js';

const job = workerData as BatchJob;
const template = reviveTemplate(job.template);
if (!parentPort) throw new Error('batch-worker.js runs only as a worker thread of a batch');
const port = parentPort;
port.on('message', (task: BatchTask) => {
  void briefOne(task, job, template).then((result) => port.postMessage(result));
});
