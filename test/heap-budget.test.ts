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
    // Eight megabytes kept alive after a collection, in arrays too large for the young generation's pages: the heap has
    // surely grown past a one-megabyte slack.
    const kept = Array.from({ length: 50 }, (_, i) => new Array(20_000).fill(i + 0.5));
    expect(keepHeapNearLive(1024 * 1024)).toBe(true);
    expect(kept.length).toBe(50);
    // Right after a collection the heap has not grown past a generous slack.
    expect(keepHeapNearLive(64 * 1024 * 1024)).toBe(false);
  });

  it('does not count the young generation, whose short-lived objects die without a full collection', () => {
    let collected = false;
    for (let i = 0; i < 3 && !collected; i++) collected = keepHeapNearLive(0);
    expect(collected).toBe(true);
    // About three megabytes of small objects dropped as soon as made: garbage of the young generation, not growth.
    let last: number[] = [];
    for (let i = 0; i < 30_000; i++) last = [i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7, i + 8, i + 9];
    expect(last[0]).toBe(29_999);
    expect(keepHeapNearLive(2 * 1024 * 1024)).toBe(false);
  });
});
