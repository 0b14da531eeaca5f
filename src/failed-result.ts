// The result of an input that failed outside the brief itself, apart from src/brief-task.ts so that a batch's main
// thread, which makes such results for the worker threads it stops, does not load the briefing engine.
import type { BatchTask, TaskResult } from './brief-task.js';
import type { BriefErrorCode } from './errors.js';

/** The result of an input that failed outside briefOne: stopped over its time budget, or lost with its worker thread. */
export function failedResult(task: BatchTask, code: BriefErrorCode | null, message: string): TaskResult {
  return {
    input: task.name,
    written: [],
    fontSize: null,
    leftOut: false,
    error: { code, message: `${task.name}: ${code ? '' : 'unexpected error: '}${message}` },
  };
}
