// Harms a sentence waves off: one someone "will never be able to" do, "would never" do or has "no desire to" do, a state that "could be a lot worse",
// a problem that "can be solved" or "is easier to solve", a "good problem to have". Each is a reassurance, which GUIDELINE.md keeps out of the concerns.
import type { Predicate } from './predicates.js';

/** Verbs of harm that "never" can deny as an act. */
const HARM_ACT = /^(?:harm|hurt|suffer|abuse|attack|kill|injure|damage)$/i;
/** "will never be able to harm", "would never hurt", "we'd never deliberately let you suffer": the act ruled out. */
const NEVER_ACT = /\bnever\s+(?:(?:again|ever|deliberately|intentionally|knowingly|be\s+able\s+to|let\s+\p{L}+|want\s+to|try\s+to|seek\s+to)\s+){0,3}$/iu;
/** "had no genuine desire to undermine", "has no intention of attacking": an intent to harm denied. */
const NO_INTENT = /\b(?:no|not\s+any)\s+(?:(?:real|genuine|serious|particular)\s+)?(?:desire|intention|intent|plans?|wish|interest)\s+(?:to|of)\s+$/i;
/** "But the situation could be a lot worse", "it could have been worse": things said to be better than they might. */
const COULD_BE_WORSE = /\b(?:could|might|can)\s+(?:have\s+been|be|get)\s+(?:(?:a\s+lot|much|far|even|a\s+little|a\s+bit|so\s+much)\s+)?$/i;
/** "The problem can be solved", "these issues will be fixed": a problem said to have its remedy. */
const SOLVABLE =
  /^\s+(?:(?:can|could|will)\s+(?:(?!only\b)\p{L}+ly\s+)?be\s+(?:solved|fixed|resolved|overcome)|(?:is|are|was|were)\s+(?:\p{L}+\s+)?(?:easier|easy|simpler|simple)\s+to\s+(?:solve|fix))\b/iu;
/** "It's a good problem to have", "not a bad problem to have": a worry called a luxury. */
const LUXURY_PROBLEM = /\b(?:good|nice|great|happy|not\s+a\s+bad)\s+problems?\s+to\s+have\b/i;

/** Whether the clause from `start` on calls its worry a luxury ("Fretting about … is not a bad problem to have"); not past "but". */
export function isCalledLuxury(text: string, start: number): boolean {
  const rest = text.slice(start);
  const at = rest.search(LUXURY_PROBLEM);
  return at >= 0 && !/,\s*but\b|;/.test(rest.slice(0, at));
}

/** Whether the harm word is waved off in its own words: an act never done, a "could be worse", a problem that "can be solved". */
export function isHarmWavedOff(text: string, harm: Predicate): boolean {
  const before = text.slice(Math.max(0, harm.start - 60), harm.start);
  if ((HARM_ACT.test(harm.word) && NEVER_ACT.test(before)) || NO_INTENT.test(before)) return true;
  if (/^worse$/i.test(harm.word) && COULD_BE_WORSE.test(before)) return true;
  if (isCalledLuxury(text, harm.start)) return true;
  return /^problems?$/i.test(harm.word) && SOLVABLE.test(text.slice(harm.end, harm.end + 40));
}
