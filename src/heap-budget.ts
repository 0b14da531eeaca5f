// A batch's heap kept near its live size. Each brief leaves objects that outlive a young-generation collection and die
// in the old generation, and V8 lets that garbage grow the old generation to twice the live heap or more before it
// collects it: briefing the 300 corpus articles peaked at 178 MB of RSS in one thread (200 MB with a worker), about 40 MB
// of it live; collecting at 30 MB of growth, 150 MB (178 MB), for the same CPU time within the noise of paired runs.
// With the worker's young generation capped (src/batch-pool.ts), more survivors reach the old generation: at 20 MB of
// growth the batch peaked at 143 MB against 148 MB at 30 MB, for the same CPU time (6 paired runs). At stop 55 the same build
// read 152-153 MB at 20 MB (/usr/bin/time, 3 runs); at 10 MB, 147-150 MB, the CPU time within the noise of the runs.
// Growth is counted outside the young generation (stop 70): its size swings by its whole capacity with each brief's
// short-lived objects, and in a batch without workers, whose young generation is V8's default, that swing alone passed
// the slack every few briefs: 96 full collections over the corpus, 4.5 s of its 14 s of CPU, against 11 (0.4 s) now.
import v8 from 'node:v8';
import vm from 'node:vm';

/** How far the heap may grow past its size after the last collection before the next brief waits for a full one. */
export const HEAP_SLACK_BYTES = 10 * 1024 * 1024;

let collect: (() => void) | null = null;
let floor: number | null = null;

/** V8's own collector as a function: the flag that exposes it is set just long enough to fetch it in a fresh context. */
function fullCollection(): () => void {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  v8.setFlagsFromString('--no-expose-gc');
  return gc;
}

/** The heap outside the young generation, whose size swings by its whole capacity with each brief's short-lived objects. */
function oldHeapUsed(): number {
  let used = 0;
  for (const space of v8.getHeapSpaceStatistics()) if (space.space_name !== 'new_space') used += space.space_used_size;
  return used;
}

/**
 * Called between the briefs of a batch: runs a full garbage collection when the heap has grown `slack` bytes past its
 * size after the last one (tens of milliseconds, four or five times over the corpus). Whether it collected.
 */
export function keepHeapNearLive(slack: number = HEAP_SLACK_BYTES): boolean {
  const used = oldHeapUsed();
  if (floor === null || used < floor) {
    floor = used;
    return false;
  }
  if (used - floor < slack) return false;
  collect ??= fullCollection();
  collect();
  floor = oldHeapUsed();
  return true;
}
