// A written source: `the report, written by Secretary General Irene Khan, says "…"`.
import { phraseAfter } from '../phrases.js';
import { isCapitalised } from '../tokens.js';
import type { TextRule } from './rule.js';

const WRITTEN = /^(written|signed|authored|penned|issued|published)$/i;

export const writtenBy: TextRule = {
  type: 'text',
  id: 'written-by',
  description: 'A document "written by" or "signed by" a named author, who speaks its quotation.',
  examples: [
    { text: 'The letter, signed by Mayor Carla Diaz, calls the plan "a betrayal of every family in this town."', speaker: 'Carla Diaz' },
    { text: '"We are devastated by the loss," a statement issued on behalf of the Jones family said.', speaker: 'Jones family' },
  ],
  apply({ tokens, sentence }) {
    for (let k = 0; k < tokens.length - 2; k++) {
      if (!WRITTEN.test(tokens[k]?.text ?? '')) continue;
      // "issued by X", or "issued on behalf of X": the one it speaks for is its author.
      const after = tokens.slice(k + 1, k + 4).map((t) => t.text.toLowerCase());
      const skip = after[0] === 'by' ? 2 : after.join(' ') === 'on behalf of' ? 4 : 0;
      if (skip === 0) continue;
      // "Ann Lee wrote on a blog published by the Herald that …": the sentence's writer is named; the publisher is not the author.
      if (tokens.slice(0, k).some((t) => /^(wrote|writes)$/i.test(t.text))) continue;
      const phrase = phraseAfter(tokens, k + skip);
      if (phrase.some((t) => isCapitalised(t.text))) return { phrase, verb: 'wrote', sentence, how: 'sentence' };
    }
    return null;
  },
};
