// A worker thread of a batch: compiles the main thread's template once, then briefs each input the main thread sends.
import { parentPort, workerData } from 'node:worker_threads';
import { briefOne, type BatchJob, type BatchTask } from './brief-task.js';
import { reviveTemplate } from './markdown/template.js';

const job = workerData as BatchJob;
const template = reviveTemplate(job.template);
parentPort!.on('message', (task: BatchTask) => {
  void briefOne(task, job, template).then((result) => parentPort!.postMessage(result));
});
