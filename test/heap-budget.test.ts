// The batch's heap kept near its live size: a full collection once the heap has grown past the slack, and not before.
import { describe, expect, it } from 'vitest';
import { keepHeapNearLive } from '../src/heap-budget.js';

describe('keepHeapNearLive', () => {
  it('collects once the heap has grown past the slack, then counts from the collected size', () => {
    // With no slack it collects as soon as the heap is no smaller than its last size: the count then starts from live data.
    let collected = false;
    for (let i = 0; i < 3 && !collected; i++) collected = keepHeapNearLive(0);
    expect(collected).toBe(true);
    expect(keepHeapNearLive(Number.MAX_SAFE_INTEGER)).toBe(false);
    // Eight megabytes kept alive after a collection: the heap has surely grown past a one-megabyte slack.
    const kept = Array.from({ length: 100 }, (_, i) => new Array(10_000).fill(i + 0.5));
    expect(keepHeapNearLive(1024 * 1024)).toBe(true);
    expect(kept.length).toBe(100);
    // Right after a collection the heap has not grown past a generous slack.
    expect(keepHeapNearLive(64 * 1024 * 1024)).toBe(false);
  });
});
