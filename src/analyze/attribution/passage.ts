// A quoted passage over several paragraphs, each opening with a quotation mark that its paragraph never closes.
import type { Sentence } from '../../types.js';
import { introducer } from './introducer.js';
import { textBefore } from './locate.js';
import type { ContextRule } from './rule.js';

const count = (text: string, mark: string): number => text.split(mark).length - 1;

/** The paragraph opens a quotation mark and leaves it open: a passage that goes on, whatever it quotes inside. */
function leavesOpen(text: string): boolean {
  const t = text.trim();
  if (t.startsWith('"')) return count(t, '"') % 2 === 1;
  if (t.startsWith('“')) return count(t, '“') > count(t, '”');
  return false;
}

export const passage: ContextRule = {
  type: 'context',
  id: 'passage',
  description:
    'A quotation opening its paragraph inside a passage whose earlier paragraphs each open a quotation mark and leave it open, after a paragraph ending in a colon that names the speaker: that speaker.',
  examples: [
    {
      text: 'The board met on Monday night to vote on the tree plan.\n\nCouncillor Rosa Vidal wrote to the board:\n\n"The plan cuts forty trees on the high street alone and calls it “Green Streets” anyway.\n\n"We will not accept a plan that takes more than it gives to the people who live here."',
      speaker: 'Rosa Vidal',
    },
    {
      text: 'The board met on Monday night to vote on the tree plan.\n\nCouncillor Rosa Vidal wrote to the board on Monday.\n\n"The plan cuts forty trees on the high street alone and calls it “Green Streets” anyway.\n\n"We will not accept a plan that takes more than it gives to the people who live here."',
      speaker: '',
    },
  ],
  apply({ span, sentences, names, attributed, continuing }) {
    if (attributed || continuing || textBefore(span).trim() !== '') return null;
    const paragraphText = (p: number): { text: string; last: Sentence | undefined } => {
      const own = sentences.filter((s) => s.paragraph === p);
      return { text: own.map((s) => s.text).join(' '), last: own.at(-1) };
    };
    let walked = 0;
    // A passage runs some paragraphs at most; further back, the colon introduces something else.
    for (let p = span.paragraph - 1; p >= 0 && walked <= 12; p--) {
      const { text, last } = paragraphText(p);
      if (!last) continue;
      if (leavesOpen(text)) {
        walked++;
        continue;
      }
      const lead = last.text.trim();
      return walked > 0 && lead.endsWith(':') ? introducer(last, lead, names) : null;
    }
    return null;
  },
};
