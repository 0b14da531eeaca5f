// A reporting verb elsewhere in the sentence: `Hill, who chairs the panel, insisted the plan was "dead on arrival"`.
import { isVerbAt, subjectBefore } from '../phrases.js';
import type { TextRule } from './rule.js';

export const sentenceVerb: TextRule = {
  type: 'text',
  id: 'sentence-verb',
  description: 'A reporting verb anywhere in the quotation\'s sentence; its subject speaks.',
  examples: [
    { text: 'Senator Joan Miller insisted on Tuesday that the plan, for all the many changes made to it by both parties during the long summer months of talks, remained "dead on arrival in the Senate."', speaker: 'Joan Miller' },
  ],
  apply({ tokens, sentence }) {
    for (let k = 0; k < tokens.length; k++) {
      if (!isVerbAt(tokens, k) || /ing$/.test(tokens[k]!.text)) continue;
      const subject = subjectBefore(tokens, k);
      if (subject.length > 0) return { phrase: subject, verb: tokens[k]!.text, sentence, how: 'sentence' };
    }
    return null;
  },
};
