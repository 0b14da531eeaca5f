// "Mr. Hale's temper, a subject of deep anxiety among party leaders, came under scrutiny over his ''…''": a worry noun outside the
// sentence's quotations that names its own holders is theirs, not the voice of the quotation beside it.
import type { QuoteItem, Sentence } from '../types.js';
import { experiencerPhrase } from './experiencer.js';
import { relativeAntecedent } from './relative-antecedent.js';
import { pluralGroup } from './plural-experiencer.js';
import { quotedVoice } from './quoted-voice.js';
import type { Token } from './tokens.js';
import { sentenceTokens } from './sentence-tokens.js';

/** Whether the cue at absolute offset `cueStart` lies inside the words of one of the sentence's quotations. */
function insideQuote(sentence: Sentence, quotes: readonly QuoteItem[], cueStart: number): boolean {
  const at = cueStart - sentence.start;
  return quotes.some((q) => {
    const from = q.source.sentenceIndex === sentence.index ? sentence.text.indexOf(q.text) : -1;
    return from < 0 || (at >= from && at < from + q.text.length);
  });
}

/** The quotation's voice, unless the cue stands outside the quotations and its own phrase ("anxiety among X") names who holds it. */
export function voiceOrHeld(
  sentence: Sentence,
  quotes: readonly QuoteItem[],
  cueStart: number | null,
  resolve: (held: Token[]) => string | null,
): string | null {
  const voice = quotedVoice(sentence, quotes);
  const own = quotes.filter((q) => q.source.sentenceIndex === sentence.index);
  if (voice === null || cueStart === null || own.length === 0 || insideQuote(sentence, own, cueStart)) return voice;
  const tokens = sentenceTokens(sentence);
  // "…,” Trump told the Times, alarming critics who fear …": a relative clause's worry is its antecedent's, not the speaker's.
  const cue = tokens.findIndex((t) => t.start === cueStart);
  const held = experiencerPhrase(tokens, cueStart) ?? (cue >= 0 ? relativeAntecedent(tokens, cue) : null);
  const holder = held ? (resolve(held) ?? pluralGroup(held)) : null;
  return holder &&
    held
      ?.map((t) => t.text)
      .join(' ')
      .includes(holder)
    ? holder
    : voice;
}
