// A quotation inside an excerpt: a paragraph set off after "X wrote:" that quotes X's own words, marked or in the first person.
import { introducer } from './introducer.js';
import type { ContextRule } from './rule.js';

/** I, we, my, our … outside quotation marks: the paragraph speaks in someone's own voice. */
const FIRST_PERSON = /(?:^|[^\p{L}'’])(?:I|I['’]m|I['’]ve|we|We|my|My|our|Our|me|us)(?![\p{L}'’])/u;

export const excerpt: ContextRule = {
  type: 'context',
  id: 'excerpt',
  description:
    'A quotation with no attribution inside a paragraph that a colon introduces ("Wallnau wrote:") and that is the introduced words themselves, set off by an opening mark or in the first person: the one the colon names.',
  examples: [
    {
      text: 'Inspector Nadia Perl spoke to the board on Friday.\n\nIn her written report, Perl added:\n\nI walked the bridge twice. The real test is “who signed off on this?” and nobody knows the answer yet.',
      speaker: 'Nadia Perl',
    },
    {
      text: 'Inspector Nadia Perl spoke to the board on Friday.\n\nPerl then read the committee\'s findings:\n\n"The bridge was closed twice. The repairs were never “a job for next year” in our plans for the town."',
      speaker: 'Nadia Perl',
    },
    // Narrative after the colon, in the writer's voice: the quotation inside it is not the one named.
    {
      text: 'Inspector Nadia Perl spoke to the board on Friday.\n\nIn her written report, Perl listed the repairs:\n\nThe deck was patched in May, and the repairs were never “a job for next year” in the plans for the town.',
      speaker: '',
    },
  ],
  apply({ span, sentences, names, attributed, continuing }) {
    if (attributed || continuing) return null;
    const own = sentences.filter((s) => s.paragraph === span.paragraph);
    const [first] = own;
    // A quotation that opens its paragraph is the introduced, passage and run rules' to credit.
    if (!first || span.open <= first.start + 1) return null;
    // The sentence just before the paragraph, when it ends the paragraph before: the one that may introduce it.
    // Looked at before the paragraph's voice, which costs a join and two scans of the whole paragraph.
    const previous = sentences[first.index - 1];
    const before = previous?.paragraph === span.paragraph - 1 ? previous : undefined;
    const lead = before?.text.trim() ?? '';
    if (!before || !lead.endsWith(':')) return null;
    const text = own.map((s) => s.text).join(' ');
    const marked = /^\s*["“]/.test(text);
    const voice = text.replace(/"[^"]*"|“[^”]*”/g, ' ');
    if (!marked && !FIRST_PERSON.test(voice)) return null;
    return introducer(before, lead, names);
  },
};
