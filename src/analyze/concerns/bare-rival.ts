// "criticized Clinton during a rally", "lashed out at the GOP nominee on Facebook", "took aim at the Republicans": blame aimed at a
// person or a party with no reason given names no harm; it is the horse race's war of words, not a concern (GUIDELINE.md, hard cases).

/** Verbs of blame that take a person as their object; not "attack", which is also force. */
const AIMED =
  /^(?:critici[sz](?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|lash(?:es|ed|ing)? out|rail(?:s|ed|ing)? against|t(?:ook|ake|akes|aking) aim at|protest(?:s|ed|ing)?)$/i;
/** A person or a party as the whole object: "Mr. Rubio", "Sanders and Clinton", "the GOP nominee", "the Republicans", "a chief union adversary". */
const RIVAL =
  /^\s+(?:at\s+)?(?:(?:the|a|his|her|their)\s+(?:\p{L}+\s+){0,2}(?:nominee|front-?runner|rivals?|opponents?|adversar(?:y|ies)|challengers?|Republicans|Democrats)(?:\s+\p{Lu}\p{Ll}+){0,2}|(?:(?:Mr|Mrs|Ms|Sen|Gov|Rep|Dr)\.\s+|President\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}(?:\s+and\s+(?:(?:Mr|Mrs|Ms)\.\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})?)(?![\p{L}'’-]|\.\s+\p{Lu}|\s+\p{Lu})/u;
/** What the rest of the clause may not hold: a reason ("for", "over", "as …"), a charge ("of"), or a clause that says what the harm is. */
const REASON = /\b(?:for|over|about|of|as|because|that|who|which|whose|saying|calling|warning|arguing|accusing|telling)\b/i;

/** Whether the cue at `start`..`end` blames a named person or a party, and nothing after it in the sentence says why. */
export function isBareRivalBlame(text: string, start: number, end: number): boolean {
  if (!AIMED.test(text.slice(start, end))) return false;
  const rival = RIVAL.exec(text.slice(end));
  if (!rival) return false;
  const after = text.slice(end + rival[0].length);
  // The rest runs to a stop or a colon, past commas: "criticized Betty Shelby, a police officer, for shooting …" gives its reason late.
  return !REASON.test(after.split(/[.!?](?=\s+\p{Lu}|\s*$)|[;:]/u)[0] ?? '');
}
