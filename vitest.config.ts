import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The corpus test briefs 300 articles; the rest finish in milliseconds.
    testTimeout: 300_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
