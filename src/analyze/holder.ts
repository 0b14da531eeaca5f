// Who voices a sentence's claim or worry: the speaker of its quote, or the subject of its reporting verb.
import type { QuoteItem, Sentence } from '../types.js';
import { isVerb, leadingPhrase, phraseBefore } from './phrases.js';
import type { NameIndex } from './name-index.js';
import { fullName } from './name-lookup.js';
import { tokenize } from './tokens.js';

const WORRY_VERB = /^(fears?|feared|worry|worries|worried|warns?|warned|fret(s|ted)?|dread(s|ed)?)$/;
const PRONOUN = /^(he|she|they|it|we|i|this|that|there)$/i;

export function holderOf(sentence: Sentence, quotes: readonly QuoteItem[], names?: NameIndex): string | null {
  const quote = quotes.find((q) => q.source.sentenceIndex === sentence.index && q.speaker);
  if (quote?.speaker) return quote.speaker.name;
  const tokens = tokenize(sentence.text);
  // The first reporting verb or verb of worry ("Passenger groups fear that …") ends the holder's phrase.
  const verb = tokens.findIndex((t) => isVerb(t) || WORRY_VERB.test(t.text));
  const phrase = verb > 0 ? phraseBefore(tokens, verb) : leadingPhrase(tokens);
  const text = phrase.map((t) => t.text).join(' ').replace(/^(?:(?:though|although|but|and|while|as|because|so)\s+)?(?:the|a|an)?\s*/i, '');
  if (text === '' || PRONOUN.test(text) || text.split(' ').length > 10) return null;
  // A surname alone becomes the full name the article gives.
  return names && /^[A-Z][\w'’-]+$/.test(text) ? fullName(names, text) : text;
}
