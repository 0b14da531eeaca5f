// A worker thread of a batch: loads the template once, then briefs each input the main thread sends.
import { parentPort, workerData } from 'node:worker_threads';
import { briefOne, type BatchJob, type BatchTask } from './batch.js';
import { loadTemplate } from './markdown/template.js';

const job = workerData as BatchJob;
const template = loadTemplate(job.template, { cwd: job.cwd, env: job.env });
parentPort!.on('message', (task: BatchTask) => {
  void briefOne(task, job, template).then((result) => parentPort!.postMessage(result));
});
