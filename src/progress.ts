// Progress on stderr for batches: a redrawn bar on a terminal, one line per article otherwise.
export interface ProgressStream {
  write: (chunk: string) => unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** True when a bar is drawn: then per-article lines would only clutter the screen. */
  readonly bar: boolean;
  /** A line that must stay on screen (an error, or a file's outputs when there is no bar). */
  line(text: string): void;
  /** One more input done. */
  tick(failed: boolean): void;
  /** Clears the bar. */
  done(): void;
}

export function createProgress(stream: ProgressStream, total: number, now: () => number = Date.now): Progress {
  const bar = stream.isTTY === true && total > 1;
  const started = now();
  let finished = 0;
  let failures = 0;
  let shown = false;
  const clear = (): void => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  const draw = (): void => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 45));
    const filled = Math.round((finished / total) * width);
    const seconds = (now() - started) / 1000;
    const eta = finished > 0 && finished < total ? ` · ${Math.ceil((seconds / finished) * (total - finished))} s left` : '';
    stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${finished}/${total}${failures ? ` · ${failures} failed` : ''}${eta}`);
    shown = true;
  };
  return {
    bar,
    line(text) {
      clear();
      stream.write(`${text}\n`);
      if (bar) draw();
    },
    tick(failed) {
      finished++;
      if (failed) failures++;
      if (bar) draw();
    },
    done() {
      clear();
    },
  };
}
