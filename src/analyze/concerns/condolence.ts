// "His thoughts were with all those caught up in the disaster", "Our prayers are with the victims": a harm named in condolence
// is one already suffered, offered sympathy, not a worry of what may come.
import type { Predicate } from './predicates.js';

/** "thoughts go out to", "prayers are with", "offered his condolences", "sympathy for": words that console. */
const CONDOLENCE =
  /\b(?:(?:thoughts|prayers|hearts?)\s+(?:\p{L}+\s+)?(?:go|goes|went|are|were|is|was)\s+(?:out\s+)?(?:to|with)|condolences?|sympath(?:y|ies)\s+(?:for|over|to|with))\b/iu;
/** Something still to come beside the condolence ("could strike again", "fear more attacks") keeps the sentence a worry. */
const AHEAD = /\b(?:could|would|will|may|might|risk\p{L}*|threat\p{L}*|warn\p{L}*|fear\p{L}*|worr\p{L}*|again)\b/iu;

/** Whether a word of harm is the loss a sentence of condolence consoles. */
export function isCondolence(text: string, harm: Predicate): boolean {
  return harm.kind !== 'criticism' && CONDOLENCE.test(text) && !AHEAD.test(text);
}
