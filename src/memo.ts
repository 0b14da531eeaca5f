// A bounded memo for pure text functions that fitting a page calls again with the same strings on each try.

/** `fn` with each result kept, up to `max` texts; a full memo is cleared rather than grown. */
export function memoized(fn: (text: string) => string, max: number): (text: string) => string {
  const kept = new Map<string, string>();
  return (text: string): string => {
    let out = kept.get(text);
    if (out === undefined) {
      out = fn(text);
      if (kept.size >= max) kept.clear();
      kept.set(text, out);
    }
    return out;
  };
}
