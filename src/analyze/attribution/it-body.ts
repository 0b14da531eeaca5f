// "“…,” the Finance Ministry said in a statement. \n\n It blamed “continuing uncertainties …”": an "it" that speaks is the body
// credited with the quotation of the sentence before, across a paragraph break too (a concern's "It warned": it-body-holder.ts).
import type { ContextRule } from './rule.js';

/** "It said", "It also blamed", "But it added": the sentence opens on "it" and a verb of saying. */
const OPENS =
  /^(?:(?:And|But)\s+)?[Ii]t\s+(?:(?:also|further|later|then)\s+)?(?:said|says|added|adds|warned|warns|argued|argues|noted|blamed|blames|described|called|urged)\b/;

export const itBody: ContextRule = {
  type: 'context',
  id: 'it-body',
  description:
    'A quotation in a sentence that opens "It said", "It blamed", "It also warned" is the body credited with the quotation of the sentence before, even in the paragraph before.',
  examples: [
    {
      text: '"The harbour will stay open all winter," the Harbour Council said in a statement.\n\nIt blamed "the storms of the last two winters and the cost of repairs" for the delay.',
      speaker: 'Harbour Council',
    },
    // A body the sentence before only names is not enough: "It" may be the bill, the report, the year.
    { text: 'The bill orders the Harbour Board to act.\n\nIt blamed "the storms of the last two winters and the cost of repairs" for the delay.', speaker: '' },
    // A person before "It" is no body either.
    { text: '"We will open in May," Ann Lee said.\n\nIt said "the storms of the last two winters and the cost of repairs" were to blame.', speaker: '' },
  ],
  apply({ span, previous }) {
    if (!OPENS.test(span.first.text)) return null;
    // Only a body the quotation before was credited to: a subject the index reads may be a document's object ("orders the Board").
    const speaker = previous?.speaker;
    return speaker?.kind === 'organisation' && previous?.sentence === span.first.index - 1 ? { ...speaker, mention: 'it' } : null;
  },
};
