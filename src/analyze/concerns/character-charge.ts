// "accused Clinton of being too cozy with Wall Street", "accused him of being a puppet", "accused Sanders of a 'flip-flop'", "of dirty
// tactics": a charge about what someone is or how they argue, with no harm in the sentence, is a character or word-war attack, not
// criticism that points to a harm (GUIDELINE.md, hard cases).
import type { Predicate } from './predicates.js';

/** "of being", or a word of campaign conduct, within the accusation's object: "accused Cruz, the senator from Texas, of being …". */
const OF_CHARACTER =
  /^\s+[^.;:!?]{0,80}?\bof\s+(?:being\b|[^.;:!?]{0,30}?\b(?:tactics|smears?|flip-?flop\p{L}*|politici[sz]\p{L}*|lying|lies|hypocri\p{L}*|pander\p{L}*|grandstand\p{L}*)\b)/iu;

/** Whether the word is an accusation of what someone is or how they argue. The caller checks the sentence holds no other concern word. */
export function isCharacterCharge(text: string, p: Predicate): boolean {
  return /^accus/i.test(p.word) && OF_CHARACTER.test(text.slice(p.end));
}
