#!/usr/bin/env node
// The `brief` command. It runs the command line (src/cli-main.ts) from the bundle that the build makes with V8 code
// caches (src/bundle.ts), which starts in a fraction of the time that resolving, reading and compiling its few hundred
// modules takes; when there is no bundle, or any file it was made from has changed since, from the modules.
import { realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFreshBundle, setV8Flags } from './bundle.js';

const here = fileURLToPath(import.meta.url);
if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(here)) {
  setV8Flags();
  const cli = loadFreshBundle(dirname(here)) ?? (await import('./cli-main.js'));
  await cli.runProcess();
  // Its files written, the command is done: it exits without waiting for V8's background work (garbage collection,
  // compiles) and Node's teardown of the heap, 15–40 ms of a one-article brief. Output a slow stream has not taken yet
  // is waited for: then it exits when the event loop is empty.
  // One turn of the event loop first, so that a write standard output refused (a full disk) reports its error.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) setImmediate(() => process.exit());
  else process.once('beforeExit', () => process.exit());
}
