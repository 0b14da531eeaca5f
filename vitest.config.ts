import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The corpus test briefs 300 articles; the rest finish in milliseconds.
    testTimeout: 300_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Every core: vitest's default leaves one idle, which on a 2-core machine runs the files one at a time.
    maxWorkers: availableParallelism(),
  },
});
