// Harms a sentence waves off: one someone "will never be able to" do or "would never" do, a state that "could be a lot worse",
// a problem that "can be solved". Each is a reassurance, which GUIDELINE.md keeps out of the concerns.
import type { Predicate } from './predicates.js';

/** Verbs of harm that "never" can deny as an act. */
const HARM_ACT = /^(?:harm|hurt|suffer|abuse|attack|kill|injure|damage)$/i;
/** "will never be able to harm", "would never hurt", "we'd never deliberately let you suffer": the act ruled out. */
const NEVER_ACT = /\bnever\s+(?:(?:again|ever|deliberately|intentionally|knowingly|be\s+able\s+to|let\s+\p{L}+|want\s+to|try\s+to|seek\s+to)\s+){0,3}$/iu;
/** "But the situation could be a lot worse", "it could have been worse": things said to be better than they might. */
const COULD_BE_WORSE = /\b(?:could|might|can)\s+(?:have\s+been|be|get)\s+(?:(?:a\s+lot|much|far|even|a\s+little|a\s+bit|so\s+much)\s+)?$/i;
/** "The problem can be solved", "these issues will be fixed": a problem said to have its remedy. */
const SOLVABLE = /^\s+(?:can|could|will)\s+(?:(?!only\b)\p{L}+ly\s+)?be\s+(?:solved|fixed|resolved|overcome)\b/iu;

/** Whether the harm word is waved off in its own words: an act never done, a "could be worse", a problem that "can be solved". */
export function isHarmWavedOff(text: string, harm: Predicate): boolean {
  const before = text.slice(Math.max(0, harm.start - 60), harm.start);
  if (HARM_ACT.test(harm.word) && NEVER_ACT.test(before)) return true;
  if (/^worse$/i.test(harm.word) && COULD_BE_WORSE.test(before)) return true;
  return /^problems?$/i.test(harm.word) && SOLVABLE.test(text.slice(harm.end, harm.end + 40));
}
