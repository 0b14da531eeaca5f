// No reporting verb: a named subject earlier in the sentence (`The Senate passed a resolution "…"`).
import { leadingPhrase } from '../subject.js';
import { isCapitalised } from '../tokens.js';
import type { TextRule } from './rule.js';

export const sentenceSubject: TextRule = {
  type: 'text',
  id: 'sentence-subject',
  description: 'No reporting verb: the named subject of the quotation\'s sentence.',
  examples: [
    { text: 'The Harbor Commission adopted a motion "to restore full ferry service before the summer season begins."', speaker: 'Harbor Commission' },
  ],
  apply({ tokens, self, sentence }) {
    if (self <= 2 || tokens[self - 1]?.text === ':') return null;
    const subject = leadingPhrase(tokens);
    if (subject.some((t) => isCapitalised(t.text)) && tokens.indexOf(subject[0]!) < self) return { phrase: subject, verb: null, sentence, how: 'sentence' };
    return null;
  },
};
