// Who voices a sentence's claim or worry: the speaker of its quote, or the subject of its reporting verb,
// resolved by the same resolver and check as quote speakers ("the premier warned" → Alan Carpenter).
import type { QuoteItem, Sentence } from '../types.js';
import type { NameIndex } from './name-index.js';
import { isVerb, phraseBefore } from './phrases.js';
import { leadingPhrase } from './subject.js';
import { resolveMention } from './resolve-mention.js';
import { isSpeaker } from './speaker-check.js';
import { tokenize } from './tokens.js';

const WORRY_VERB = /^(fears?|feared|worry|worries|worried|warns?|warned|fret(s|ted)?|dread(s|ed)?)$/;
const CONJUNCTION = /^(though|although|but|and|while|as|because|so)$/i;

export function holderOf(sentence: Sentence, quotes: readonly QuoteItem[], names: NameIndex): string | null {
  const quote = quotes.find((q) => q.source.sentenceIndex === sentence.index && q.speaker);
  if (quote?.speaker) return quote.speaker.name;
  const tokens = tokenize(sentence.text, sentence.start);
  // The first reporting verb or verb of worry ("Passenger groups fear that …") ends the holder's phrase.
  const verb = tokens.findIndex((t) => isVerb(t) || WORRY_VERB.test(t.text));
  const phrase = verb > 0 ? phraseBefore(tokens, verb) : leadingPhrase(tokens);
  while (phrase.length > 0 && CONJUNCTION.test(phrase[0]!.text)) phrase.shift();
  if (phrase.length === 0 || phrase.length > 10) return null;
  const holder = resolveMention(phrase, sentence, names);
  return holder && isSpeaker(holder) ? holder.name : null;
}
