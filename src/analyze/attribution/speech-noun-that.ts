// `over his statement on Wednesday that "…"`, `comments from Leon Panetta that "…"`: a noun of speech with its owner, then
// "that" right before the quotation, credits the owner. Only "that": in `described his remark as "…"` the words are another's.
import { isCapitalised, isPossessive, type Token } from '../tokens.js';
import type { TextRule } from './rule.js';

const SPEECH_NOUN =
  /^(statements?|comments?|remarks?|claims?|assertions?|insistence|promises?|pledges?|vows?|warnings?|declaration|boast|prediction|answer|response|reply|message|argument|explanation|excuse)$/i;
const OWNER_PRONOUN = /^(his|her)$/i;
/** A short phrase of time or occasion between the noun and "that": "on Wednesday", "during the debate", "in 2013". */
const OCCASION = /^(on|in|at|during|last|earlier|this)$/;
const isOccasion = (words: readonly Token[]): boolean =>
  words.length === 0 || (words.length <= 4 && OCCASION.test(words[0]?.text ?? '') && words.every((w) => w.kind === 'word'));
/** "Her answer was that “…”": the copula between the noun and "that". */
const isCopula = (words: readonly Token[]): boolean => words.length === 1 && /^(was|is)$/.test(words[0]?.text ?? '');

/** The owner's words before the noun at `noun`: "his", "Ann Lee's", "the mayor's"; none when no possessive stands there. */
function ownerBefore(tokens: readonly Token[], noun: number): Token[] {
  const before = tokens[noun - 1];
  if (before?.kind !== 'word') return [];
  // "He was challenged over his statement": the "he" before it, when the sentence has one; "Ann Lee, a Clinton supporter, … her
  // remark" leaves the "her" to the subject the other rules find.
  if (OWNER_PRONOUN.test(before.text)) {
    const subject = /^his$/i.test(before.text) ? 'he' : 'she';
    const own = tokens.slice(0, noun - 1).find((t) => t.text.toLowerCase() === subject);
    return own ? [own] : [];
  }
  // "The Florida senator’s answer": a role's possessive after "the" and its capitalised modifiers stands for the office-holder.
  let k = noun - 2;
  while (k > 0 && isCapitalised(tokens[k]?.text ?? '') && !/^the$/i.test(tokens[k]?.text ?? '')) k--;
  const role = isPossessive(before.text) && !isCapitalised(before.text) && /^the$/i.test(tokens[k]?.text ?? '');
  if (!isPossessive(before.text) || (!isCapitalised(before.text) && !role)) return [];
  let start = noun - 1;
  while (start > 0 && tokens[start - 1]?.kind === 'word' && isCapitalised(tokens[start - 1]?.text ?? '') && noun - start < 4) start--;
  const phrase = tokens.slice(start, noun) as Token[];
  return role ? [...phrase.slice(0, -1), { ...before, text: before.text.replace(/['’]s?$/, '') }] : phrase;
}

/** "from former Secretary Leon Panetta": capitalised words after "from" or "by", up to the "that" at `that`. */
function ownerAfter(tokens: readonly Token[], noun: number, that: number): Token[] {
  if (!/^(from|by)$/.test(tokens[noun + 1]?.text ?? '')) return [];
  const words = tokens.slice(noun + 2, that) as Token[];
  const last = words.at(-1);
  return words.length > 0 && words.length <= 7 && words.every((t) => t.kind === 'word') && last && isCapitalised(last.text) ? words : [];
}

export const speechNounThat: TextRule = {
  type: 'text',
  id: 'speech-noun-that',
  description: 'A noun of speech with its owner ("his statement", "comments from X") and "that" right before the quotation: the owner speaks.',
  examples: [
    { text: 'Tom Hill spoke on Friday. He was asked about his statement on Monday that “the harbour belongs to the fishermen.”', speaker: 'Tom Hill' },
    { text: 'The letter contradicts earlier comments from former harbour master Ann Lee that “no boat was ever at risk that night.”', speaker: 'Ann Lee' },
    { text: 'Critics seized on Ann Lee’s claim that “the pier was never closed for a single day.”', speaker: 'Ann Lee' },
    // A claim with no owner names nobody.
    { text: 'The report looked at the claim that “the pier was never closed for a single day.”', speaker: '' },
  ],
  apply({ tokens, self, sentence }) {
    const that = self - 1;
    if (tokens[that]?.text !== 'that') return null;
    for (let noun = that - 1; noun >= 0 && noun >= that - 9; noun--) {
      const t = tokens[noun];
      if (t?.kind !== 'word') return null;
      if (SPEECH_NOUN.test(t.text)) {
        const owner = ownerAfter(tokens, noun, that);
        const between = tokens.slice(noun + 1, that);
        const phrase = owner.length > 0 ? owner : isOccasion(between) || isCopula(between) ? ownerBefore(tokens, noun) : [];
        return phrase.length > 0 ? { phrase, verb: t.text, sentence, how: 'sentence' } : null;
      }
    }
    return null;
  },
};
