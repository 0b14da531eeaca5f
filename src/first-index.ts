// Why: a sorted list read by halves, not by a scan, was written twice (quotation spans by offset, name mentions by sentence).
import { must } from './errors.js';

/** The index of the first item that passes a test false for a run of items and then true for the rest; the length when none does. */
export function firstIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(must(items[mid], 'an item of the sorted list'))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
