// Before the quote: `Hill said: "…"` / `Hill said that "…"` / `told Hill "…"`.
import { leadingPhrase, phraseAfter, subjectBefore } from '../phrases.js';
import type { TextRule } from './rule.js';
import { verbBefore } from './verb-before.js';

export const beforeVerb: TextRule = {
  type: 'text',
  id: 'before-verb',
  description: 'A reporting verb before the quotation; its subject speaks.',
  examples: [
    { text: 'Police chief Dana Whitfield said: "We have made two arrests and expect more."', speaker: 'Dana Whitfield' },
    { text: 'The minister, Pavel Novak, told parliament that "the budget is balanced for the first time in a decade."', speaker: 'Pavel Novak' },
  ],
  apply(ctx) {
    const found = verbBefore(ctx);
    if (!found) return null;
    const { tokens, sentence } = ctx;
    const { verb: k, distance, end } = found;
    const t = tokens[k]!;
    if (/ing$/.test(t.text)) return null;
    const subject = subjectBefore(tokens, k);
    if (subject.length > 0) return { phrase: subject, verb: t.text, sentence, how: 'adjacent', distance };
    const object = phraseAfter(tokens, k + 1);
    if (object.length > 0 && k + 1 + object.length <= end + 1) return { phrase: object, verb: t.text, sentence, how: 'adjacent', distance };
    return { phrase: leadingPhrase(tokens), verb: t.text, sentence, how: 'adjacent', distance };
  },
};
