// "accused Clinton of being too cozy with Wall Street", "accused him of being a puppet": a charge about what someone is, with no harm
// in the sentence, is a character attack, not criticism that points to a harm (GUIDELINE.md, hard cases).
import type { Predicate } from './predicates.js';

/** "of being" within the accusation's object: "accused Cruz, the senator from Texas, of being …". */
const OF_BEING = /^\s+[^.;:!?]{0,80}?\bof\s+being\b/i;

/** Whether the word is an accusation of what someone is ("accused X of being …"). The caller checks the sentence holds no other concern word. */
export function isCharacterCharge(text: string, p: Predicate): boolean {
  return /^accus/i.test(p.word) && OF_BEING.test(text.slice(p.end));
}
