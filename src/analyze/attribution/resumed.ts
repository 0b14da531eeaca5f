// A quotation whose sentence opens with no subject, only "Adding," or "Then, later that month on CNN:": the last speaker goes on.
import { lexicons } from '../../lexicon.js';
import { isCapitalised, tokenize } from '../tokens.js';
import { isVerbAt } from '../phrases.js';
import { resolveMention } from '../resolve-mention.js';
import { subjectBefore } from '../subject.js';
import { QUOTE_MARK, knownSpeaker } from './introducer.js';
import { sentenceBefore, textBefore } from './locate.js';
import type { ContextRule } from './rule.js';

/** Words that say the same voice speaks again: "Then", "Adding", "Later", "Again". */
const MARKER = /^(then|again|adding|continuing|later|also)$/i;
/** Words of a time or occasion that may stand beside a marker: "later that month on CNN", "then in an interview". */
const OCCASION =
  /^(and|but|so|that|this|the|same|last|next|month|week|year|day|night|morning|afternoon|evening|time|on|in|at|during|a|an|interview|speech|with|his|her|their|\d+)$/i;
/** A preposition that a capitalised word may follow, naming a channel or a place: "on CNN", "in Iowa". */
const PLACE_PREP = /^(on|in|at|with|during)$/i;

/** True when the words before the quotation are only a marker of going on and the time or place of it, ending in "," or ":". */
function isResumingLead(lead: string): boolean {
  if (!/[,:]$/.test(lead)) return false;
  const words = tokenize(lead).filter((t) => t.kind === 'word');
  const { weekdays, months } = lexicons();
  const fits = words.every((w, i) => {
    const lower = w.text.toLowerCase();
    if (MARKER.test(w.text) || OCCASION.test(w.text) || weekdays.includes(lower) || months.includes(lower)) return true;
    // "on Radio Kessel": capitalised words from a preposition on.
    let from = i - 1;
    while (from >= 0 && isCapitalised(words[from]?.text ?? '')) from--;
    return isCapitalised(w.text) && from >= 0 && PLACE_PREP.test(words[from]?.text ?? '');
  });
  return words.length > 0 && words.length <= 8 && fits && words.some((w) => MARKER.test(w.text));
}

export const resumed: ContextRule = {
  type: 'context',
  id: 'resumed',
  description: 'A quotation after words that only say the speaking goes on ("Adding,", "Then, later that month on CNN:"): the speaker of the sentence before.',
  examples: [
    {
      text: 'Mayor Ines Ortiz spoke first. "We will rebuild the pier before the summer season," she said at the harbour.\n\nThen, a week later on Radio Kessel: "Nobody can promise a date for the pier, not even me."',
      speaker: 'Ines Ortiz',
    },
    {
      text: 'After the vote, Councillor Tom Becker said the budget plan was “not good.” Adding, “The road fund is empty and the schools will pay for it next year.”',
      speaker: 'Tom Becker',
    },
    { text: 'The pier was closed for the summer.\n\nThen, in March: "Nobody can promise a date for the pier, not even me."', speaker: '' },
  ],
  apply({ span, sentences, names, previous, continuing }) {
    if (continuing || !isResumingLead(textBefore(span).trim())) return null;
    const before = sentenceBefore(span, sentences);
    if (!before) return null;
    // The quotation just before, in the sentence before, has a speaker: that voice goes on.
    if (previous?.speaker && previous.sentence === before.index) return previous.speaker;
    // Else the one who speaks in the sentence before: the subject of its last reporting verb before any quotation mark.
    const mark = before.text.search(QUOTE_MARK);
    const tokens = tokenize(mark >= 0 ? before.text.slice(0, mark) : before.text, before.start);
    for (let k = tokens.length - 1; k > 0; k--) {
      if (!isVerbAt(tokens, k)) continue;
      const subject = subjectBefore(tokens, k);
      return subject.length > 0 && subject.length <= 8 ? knownSpeaker(resolveMention(subject, before, names), before, names) : null;
    }
    return null;
  },
};
