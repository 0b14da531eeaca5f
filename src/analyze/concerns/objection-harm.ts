// "Trump has railed against the Trans-Pacific Partnership", "Obama denounced the spin masters", "Sanders decries super PACs": an
// objection to a deal, a rival or a policy that names no harm is criticism without a harm, not a concern (GUIDELINE.md, hard cases).
import { lexicons } from '../../lexicon.js';

/** Verbs of objecting whose object is whatever is opposed; "condemn" and "criticise" have rules of their own (bare-rival.ts, word-war.ts). */
const OBJECTING = /^(?:rail(?:s|ed|ing)?\s+against|denounc(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|inveigh(?:s|ed|ing)?\s+against)$/i;
/** "was denounced by the Pope", "denounced as inhumane", "which she decried": the object stands before the verb, out of reach. */
const OBJECT_BEFORE = /\b(?:is|are|was|were|be|been|being|which|that|what|who|whom)\s+(?:\p{L}+ly\s+)?(?:\p{L}+\s+)?$/iu;
/**
 * Harms an objection is often about that the harm lexicon leaves out, since alone they make no concern ("missile tests",
 * "the plan to close the library", "job cuts", "an increase in homicides", "the coup attempt", "the annexation", "calls to ban all Muslims", "white supremacist groups").
 */
const OBJECT_HARM =
  /\b(?:corrupt\p{L}*|clos(?:e|es|ed|ing|ures?)|(?:job|budget|service|pay)\s+cuts|layoffs?|homicides?|missiles?|nuclear|bombs?|coups?|annex(?:ation|ed|ing)?|ban(?:s|ned|ning)?\s+(?:on\s+)?(?:all\s+)?\p{Lu}\p{L}+|shutdown\s+of\s+\p{Lu}\p{L}+|supremac(?:y|ist|ists))\b/u;

/** Whether `text` names a harm, a word of criticism or a worry: `pattern` is one of the lexicon's global patterns. */
function holds(text: string, pattern: RegExp): boolean {
  return text.search(pattern) >= 0;
}

/** Whether the objection at `start`..`end` names, anywhere after it in the sentence, nothing harmful, criticised or feared. */
export function isObjectionWithoutHarm(text: string, start: number, end: number): boolean {
  if (!OBJECTING.test(text.slice(start, end))) return false;
  const after = text.slice(end);
  if (OBJECT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || /^\s+(?:as|by)\b/i.test(after)) return false;
  // "All have denounced the action.", "decried it": an object that points back leaves its harm in an earlier sentence, unread here.
  const pointer = /^\s+(?:(?:the|this|that|his|her|their|its)\s+(\p{L}+)|it|this|that|them)\s*(?:[.,;:!?"”]|$)/u.exec(after);
  if (pointer && (pointer[1] === undefined || lexicons().pointerNouns.has(pointer[1].toLowerCase()))) return false;
  // "inveighing against politicians for leaning on wealthy contributors": a reason given is conduct charged, judged as blame is (bare-rival.ts).
  if (/\bfor\s+\p{L}+ing\b/u.test(after)) return false;
  const { harmWords, criticismWords, concernCues } = lexicons();
  return !OBJECT_HARM.test(after) && !holds(after, harmWords) && !holds(after, criticismWords) && !holds(after, concernCues);
}
