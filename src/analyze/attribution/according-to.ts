// `According to X, "…"`: the source named after "according to" anywhere in the sentence.
import { phraseAfter } from '../phrases.js';
import type { TextRule } from './rule.js';

export const accordingTo: TextRule = {
  type: 'text',
  id: 'according-to',
  description: '"According to X" in the quotation\'s sentence.',
  examples: [
    { text: 'According to Helen Park, the lead investigator, the fire "started in the kitchen and spread fast through the roof."', speaker: 'Helen Park' },
  ],
  apply({ tokens, sentence }) {
    for (let k = 0; k < tokens.length - 2; k++) {
      if (tokens[k]!.text.toLowerCase() === 'according' && tokens[k + 1]!.text.toLowerCase() === 'to') {
        const phrase = phraseAfter(tokens, k + 2);
        if (phrase.length > 0) return { phrase, verb: 'according to', sentence, how: 'sentence' };
      }
    }
    return null;
  },
};
