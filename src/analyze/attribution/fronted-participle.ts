// A participle of saying that opens the sentence: `Saying, "…," the President signed the bill`.
import { leadingPhrase } from '../subject.js';
import type { Token } from '../tokens.js';
import type { Attribution, TextRule } from './rule.js';

/** `Saying, "…," the President signed the bill`: a participle that opens the sentence belongs to the subject after the quotation. */
function frontedParticiple(tokens: readonly Token[], self: number, ctx: { sentence: Attribution['sentence'] }): Attribution | null {
  // "After saying her foot was “…,” she …": after a time word the participle's reported clause may stand before the quotation.
  const timed = /^(After|Before|While|Since|Upon)$/.test(tokens[0]?.text ?? '');
  const opener = timed ? tokens[1] : tokens[0];
  if (opener?.kind !== 'word' || !/^(Saying|Adding|Noting|Declaring|Warning|Insisting|Arguing|Explaining|Telling)$/i.test(opener.text)) return null;
  if (timed ? !/^[a-z]+ing$/.test(opener.text) : !/^[A-Z]/.test(opener.text)) return null;
  // Only a comma and quotation marks between the participle and the quotation (a short clause after a time word), and after it before the subject.
  const between = tokens.slice(timed ? 2 : 1, self);
  if (timed ? self > 14 || between.some((t) => t.kind === 'quote' || /^[.;:!?]$/.test(t.text)) : self > 4 || between.some((t) => t.kind !== 'punct'))
    return null;
  let after = self + 1;
  while (tokens[after]?.kind === 'punct') after++;
  const subject = leadingPhrase(tokens.slice(after));
  return subject.length > 0 ? { phrase: subject, verb: opener.text.toLowerCase(), sentence: ctx.sentence, how: 'adjacent', distance: 0 } : null;
}

export const frontedParticipleRule: TextRule = {
  type: 'text',
  id: 'fronted-participle',
  description:
    'A participle of saying that opens the sentence before the quotation ("Saying, “…,” X signed", "After saying it was “…,” X"): the subject after the quotation.',
  examples: [
    { text: 'Saying, "The river belongs to all the people of this valley," Governor Ruth Alder signed the bill.', speaker: 'Ruth Alder' },
    { text: 'Adding, "We will be back on the pier before the summer is out," the harbour master closed the meeting.', speaker: 'harbour master' },
    { text: 'After saying the old pier was "so rotten nobody could stand on it," Mayor Ann Lee closed it for the winter.', speaker: 'Ann Lee' },
  ],
  apply: (ctx) => frontedParticiple(ctx.tokens, ctx.self, ctx),
};
