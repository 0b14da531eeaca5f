// "the politics of fear", "stoking fear", "preys on our worst fears": a fear said to be stirred up in others is a charge about a
// campaign's tactics; with no harm in the sentence it is a political attack, not a worry anyone voices.
import type { Predicate } from './predicates.js';

/** What stirs or trades on a fear, right before the fear word: "politics of", "stoke voter", "playing on the", "preys on our worst".
 *  The verbs take their own endings only: in "Players fear …" the players hold the fear. */
const STIRRED_BEFORE =
  /\b(?:(?:politics|culture|campaign|climate|language|rhetoric)\s+of\s+|(?:stok|fann|whipp|exploit|play|prey)(?:e|es|ed|ing|s)?\s+(?:up\s+)?(?:(?:on|upon|to)\s+)?(?:(?:the|our|their|his|her|people's|voters'|voter|public)\s+)?(?:\p{Ll}+\s+)?)$/iu;

/** Whether a fear word names a fear stirred up in others ("stoking fear"). The caller checks the sentence holds no other concern word. */
export function isStokedFear(text: string, p: Predicate): boolean {
  if (!/^(?:fears?|anxiet(?:y|ies))$/i.test(p.word)) return false;
  return STIRRED_BEFORE.test(text.slice(Math.max(0, p.start - 50), p.start));
}
