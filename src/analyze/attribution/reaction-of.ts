// `"…," was the reaction of film director Mahesh Bhatt`: a noun of response after the quotation names its source.
import { phraseAfter } from '../phrases.js';
import type { TextRule } from './rule.js';

const COPULA = /^(was|were|is|are|came)$/i;
const RESPONSE = /^(reaction|response|reply|retort|verdict|comment|answer|assessment|message|view|word)s?$/i;

export const reactionOf: TextRule = {
  type: 'text',
  id: 'reaction-of',
  description: 'Right after the quotation, "was the reaction (response, reply, verdict …) of X": X speaks.',
  examples: [
    { text: '"We will not back down from this fight, not now and not ever," was the response of union leader Ana Ruiz.', speaker: 'Ana Ruiz' },
    { text: '"This is the real face of the festival and everyone should see it." was the reaction of director Ravi Menon.', speaker: 'Ravi Menon' },
    { text: '"We will not back down from this fight, not now and not ever," was the reaction of many in the crowd.', speaker: '' },
  ],
  apply({ tokens, self, sentence }) {
    let k = self + 1;
    while (tokens[k]?.kind === 'punct' && /^[,.]$/.test(tokens[k]?.text ?? '')) k++;
    if (!COPULA.test(tokens[k]?.text ?? '')) return null;
    k++;
    if (/^(the|a|an|their|his|her)$/i.test(tokens[k]?.text ?? '')) k++;
    // "the immediate reaction", "the official response": one adjective at most before the noun.
    if (!RESPONSE.test(tokens[k]?.text ?? '') && RESPONSE.test(tokens[k + 1]?.text ?? '')) k++;
    if (!RESPONSE.test(tokens[k]?.text ?? '') || !/^(of|from)$/i.test(tokens[k + 1]?.text ?? '')) return null;
    const phrase = phraseAfter(tokens, k + 2);
    return phrase.length > 0 ? { phrase, verb: tokens[k]?.text ?? null, sentence, how: 'adjacent', distance: 0 } : null;
  },
};
