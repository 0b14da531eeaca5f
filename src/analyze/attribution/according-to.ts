// `According to X, "…"`: the source named after "according to" anywhere in the sentence.
import { phraseAfter } from '../phrases.js';
import type { TextRule } from './rule.js';

export const accordingTo: TextRule = {
  type: 'text',
  id: 'according-to',
  description: '"According to X" in the quotation\'s sentence.',
  examples: [
    { text: 'According to Helen Park, the lead investigator, the fire "started in the kitchen and spread fast through the roof."', speaker: 'Helen Park' },
    // A study speaks for its authors after "by"; of two named in full, the first is credited.
    {
      text: 'According to a 2019 study by economists Helen Park and Tom Hill, the pier is "the oldest working pier on the whole coast."',
      speaker: 'Helen Park',
    },
  ],
  apply({ tokens, sentence }) {
    for (let k = 0; k < tokens.length - 2; k++) {
      if (tokens[k]?.text.toLowerCase() === 'according' && tokens[k + 1]?.text.toLowerCase() === 'to') {
        let phrase = phraseAfter(tokens, k + 2);
        // "according to a court document filed by attorney Dave Aronberg" / "according to a Gallup poll released Thursday":
        // the agent after "by", else the phrase up to the participle.
        const participle = phrase.findIndex((t, i) => i > 0 && /\p{Ll}ed$/u.test(t.text));
        const participleToken = phrase[participle];
        if (participle > 0 && participleToken) {
          const at = tokens.indexOf(participleToken);
          const agent = tokens[at + 1]?.text === 'by' ? phraseAfter(tokens, at + 2) : [];
          phrase = agent.length > 0 ? agent : phrase.slice(0, participle);
        }
        if (phrase.length > 0) return { phrase, verb: 'according to', sentence, how: 'sentence' };
      }
    }
    return null;
  },
};
