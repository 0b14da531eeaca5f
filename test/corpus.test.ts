// The full corpus, first half (test/corpus-2.test.ts has the second): two files so vitest runs them side by side.
import { describeCorpusShard } from './helpers/corpus-check.js';

describeCorpusShard(0, 2);
