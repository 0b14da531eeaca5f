import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { V8_FLAGS } from './src/bundle.js';

/** The longest files, longest first (seconds on a 2-core machine): corpus shards 14, bundle 10, cold start 8, fuzz 6. */
const LONGEST = ['corpus.test.ts', 'corpus-2.test.ts', 'bundle.test.ts', 'cold-start.test.ts', 'fuzz.test.ts', 'kerning-table.test.ts'];

/**
 * Vitest's order, except on a first run: with no durations recorded yet it starts the largest files first, and the
 * corpus shards, four lines each, ran last on one worker while the other sat idle (about 8 s of a fresh clone's run).
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification): number => {
      const known = this.ctx.cache.getFileTestResults(`${spec.project.name}:${spec.moduleId.slice(this.ctx.config.root.length + 1)}`);
      const index = LONGEST.findIndex((name) => spec.moduleId.endsWith(`/${name}`));
      return known || index < 0 ? LONGEST.length : index;
    };
    return sorted.map((spec, order) => ({ spec, order, rank: rank(spec) })).sort((a, b) => a.rank - b.rank || a.order - b.order).map(({ spec }) => spec);
  }
}

// No test opens a TLS connection: where NODE_EXTRA_CA_CERTS is set, each of the 60 Node.js processes the suite starts (its
// workers, and the commands and scripts the tests run) read and parsed those certificates first, 70–80 ms apiece here.
delete process.env.NODE_EXTRA_CA_CERTS;

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
    sequence: { sequencer: LongestFirst },
    // Test files share each worker's modules: importing them again for every file was 40 % of the run. The modules keep
    // only caches, which give the same answers whatever ran before; what a fresh process reads is tested in a process
    // of its own (test/fonts-lazy.test.ts, test/cold-start.test.ts).
    isolate: false,
    // Keeps each file's transform on disk (node_modules/.experimental-vitest-cache), keyed by its content and this config:
    // a second run skips the TypeScript transforms the workers waited for (transform 9 s → 1.5 s of the main process).
    experimental: { fsModuleCache: true },
    // The code under test runs under the V8 flags the command sets for itself: about 8 % less CPU for the suite.
    execArgv: [...V8_FLAGS],
  },
});
