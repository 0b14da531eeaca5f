// A quotation standing alone after a sentence that tells of someone speaking, though not as its subject: that speaker.
import { findQuoteSpans } from '../quote-spans.js';
import { isVerbAt } from '../phrases.js';
import { resolveMention } from '../resolve-mention.js';
import { subjectBefore } from '../subject.js';
import type { Speaker } from '../../types.js';
import { knownSpeaker } from './introducer.js';
import { sentenceBefore, textBefore } from './locate.js';
import type { ContextRule } from './rule.js';
import { sentenceTokens } from '../sentence-tokens.js';

// Speaking without a quote of its own ("spoke only in slogans"): not a reporting verb for the other rules, where "spoke with X" is a meeting.
const SPOKE = /^(?:spoke|speaks|talked|talks)$/;

export const speechBefore: ContextRule = {
  type: 'context',
  id: 'speech-before',
  description:
    'A paragraph that is only a quotation, after a paragraph whose last sentence has one person as the subject of a verb of speaking ("…, since the mayor spoke only in slogans."): that person.',
  examples: [
    {
      text: 'What the plan means is anyone’s guess, since Mayor Hugo Stein spoke only in slogans at the rally.\n\n“We will build it and we will build it fast, believe me.”',
      speaker: 'Hugo Stein',
    },
    {
      text: 'Nobody on the council knows whether Mayor Hugo Stein will back the plan.\n\n“We will build it and we will build it fast, believe me.”',
      speaker: '',
    },
  ],
  apply({ span, sentences, names, attributed, continuing }) {
    if (attributed || continuing || textBefore(span).trim() !== '') return null;
    const before = sentenceBefore(span, sentences);
    // Only across one paragraph break: within a paragraph the sentence before is narrative the quote may answer.
    if (!before || before.paragraph === span.paragraph) return null;
    if (findQuoteSpans(before.text).some((q) => q.text.split(/\s+/).length >= 4)) return null;
    const tokens = sentenceTokens(before);
    const found: Speaker[] = [];
    for (let k = 1; k < tokens.length; k++) {
      if (!isVerbAt(tokens, k) && !SPOKE.test(tokens[k]?.text ?? '')) continue;
      const subject = subjectBefore(tokens, k);
      const resolved = subject.length > 0 && subject.length <= 6 ? knownSpeaker(resolveMention(subject, before, names), before, names) : null;
      if (resolved?.kind === 'person') found.push(resolved);
    }
    // Two people speaking in that sentence leave the quotation to either: abstain.
    const [one] = found;
    return one && found.every((s) => s.name === one.name) ? one : null;
  },
};
