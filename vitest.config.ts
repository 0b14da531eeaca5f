import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The corpus test briefs 300 articles; the rest finish in milliseconds.
    testTimeout: 300_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Temporary folders live under one folder per run, removed at its end.
    globalSetup: ['test/helpers/scratch-root.ts'],
    // Every core: vitest's default leaves one idle, which on a 2-core machine runs the files one at a time.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        // Test files share each worker's modules: importing them again for every file was 40 % of the run. The modules
        // keep only caches, which give the same answers whatever ran before.
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ['test/fonts-lazy.test.ts'], isolate: false },
      },
      // What a fresh process reads (the fallback fonts only when needed) is seen only in a process of its own.
      { extends: true, test: { name: 'fresh', include: ['test/fonts-lazy.test.ts'], isolate: true } },
    ],
  },
});
