// The full corpus, second half (test/corpus.test.ts has the first).
import { describeCorpusShard } from './helpers/corpus-check.js';

describeCorpusShard(1, 2);
