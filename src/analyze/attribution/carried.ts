// Quotations credited from their surroundings: a quotation carried over a paragraph break, a run of quotes, the sentence before.
import { resolveMention } from '../resolve-mention.js';
import { leadingPhrase } from '../phrases.js';
import { tokenize } from '../tokens.js';
import type { ContextRule } from './rule.js';

export const continued: ContextRule = {
  type: 'context',
  id: 'continued',
  description: 'A quotation left open at the end of a paragraph goes on in the next one, in the same voice.',
  examples: [
    { text: 'Ines Duarte said: "We waited three hours for the bus.\n\n"Then we walked home in the rain, all of us together."', speaker: 'Ines Duarte' },
  ],
  apply: ({ previous, continuing }) => (continuing ? previous?.speaker ?? null : null),
};

export const run: ContextRule = {
  type: 'context',
  id: 'run',
  description: 'A quotation with no attribution of its own, close after another: the same speaker goes on.',
  examples: [
    { text: '"The vote is a disaster for farmers," said Lena Ortiz. "Prices will fall again before the end of the year."', speaker: 'Lena Ortiz' },
  ],
  apply({ previous, span }) {
    if (!previous) return null;
    // A dash signs only the quotation before it; in a list of signed quotes the next one has its own name.
    if (previous.speaker?.rule === 'dash-credit' || previous.speaker?.rule === 'dash-line') return null;
    return span.paragraph - previous.paragraph <= 1 && span.first.index - previous.sentence <= 3 ? previous.speaker : null;
  },
};

export const previousSubject: ContextRule = {
  type: 'context',
  id: 'previous-subject',
  description: 'A quotation standing alone after a sentence whose subject is a person or body: that subject speaks.',
  examples: [
    { text: 'Mayor Hugo Stein lashed out at the transit union on Monday. "They are holding this city hostage and they know it."', speaker: 'Hugo Stein' },
  ],
  apply({ span, sentences, names, attributed, continuing }) {
    if (attributed || continuing) return null;
    const before = sentences[span.first.index - 1];
    if (!before || span.paragraph - before.paragraph > 1) return null;
    if (span.open > span.first.start + 1) return null;
    const tokens = tokenize(before.text, before.start);
    if (tokens.some((t) => t.text === '"' || t.text === '“')) return null;
    const phrase = leadingPhrase(tokens);
    if (phrase.length === 0 || phrase.length > 6) return null;
    const speaker = resolveMention(phrase, before, names);
    return speaker && speaker.kind !== 'unknown' ? speaker : null;
  },
};
