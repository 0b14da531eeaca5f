// Why: a sentence deep inside a quotation is voiced by the quotation's speaker, not by a subject its words happen to name.
import type { QuoteItem, Sentence } from '../types.js';
import { speakerAround, taggedSpeaker } from './holder-person.js';
import { isCapitalised } from './tokens.js';
import { sentenceTokens } from './sentence-tokens.js';

/** Verbs by which a quoted sentence passes on someone else's words ("Blair replied that …"). */
const SAYING = /^(said|says|say|replied|replies|argued|argues|told|tells|added|adds|wrote|writes|claimed|claims|insisted|insists|noted|notes|explained|asked)$/;

/**
 * The speaker of a quotation in this sentence, else of an earlier sentence's quotation that this sentence closes before its tag, or that holds it whole
 * ("… it would be wrong if TfL continued …"), unless it reports someone else's words in turn ("Blair replied that …", "he said").
 */
export function quotedVoice(sentence: Sentence, quotes: readonly QuoteItem[]): string | null {
  const own = quotes.find((q) => q.source.sentenceIndex === sentence.index && q.speaker)?.speaker;
  if (own) return own.name;
  const tagged = taggedSpeaker(sentence, quotes);
  if (tagged !== null) return tagged;
  // Tokenised only here: most sentences with a concern hold a quotation of their own or a tag.
  const tokens = sentenceTokens(sentence);
  const subject = (at: number): boolean =>
    tokens[at]?.kind === 'word' && (isCapitalised(tokens[at]?.text ?? '') || /^(he|she|they)$/i.test(tokens[at]?.text ?? ''));
  const reports = tokens.some((t, i) => SAYING.test(t.text) && subject(i - 1));
  return reports ? null : speakerAround(sentence, quotes, true);
}
