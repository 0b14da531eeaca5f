// "praised him for his great concern for Africa", "a note of concern for the victims", "the concerns for liberty": concern for
// someone or something held dear is care or sympathy, not a worry; "concern for their safety" and "tears of concern for my fate" still fear.
import type { Predicate } from './predicates.js';

/** A possessive, "the" or a sign of care before the noun, with at most one word between: "his great", "a note of", "the". */
const CARE_BEFORE = /\b(?:his|her|their|its|our|my|your|the|(?:note|notes|expressions?|words?|messages?)\s+of)\s+["\u201c]?(?:\p{L}+\s+)?$/iu;
/** "for" and what it is for, unless that is one who worries ("for me") or what may be lost ("for their safety", "for my fate"). */
const FOR_CARED =
  /^\s+for\s+(?!(?:(?:the|his|her|their|its|our|my|your)\s+)?(?:me|us|him|her|them|you|it|safety|security|fate|lives|life|health|future|survival)\b)\p{L}/iu;

/** Whether "concern" is care for someone or something: the stance word drops, and other words of harm in the sentence still count. */
export function isCaringConcern(text: string, p: Predicate): boolean {
  return /^concerns?$/i.test(p.word) && CARE_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start)) && FOR_CARED.test(text.slice(p.end, p.end + 40));
}
