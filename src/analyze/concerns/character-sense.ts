// "weak" said of a person, an argument or a stance ("Rubio is weak on immigration", "a weak candidate", "the case is very
// weak") is a character or horse-race attack, not criticism that points to a harm (GUIDELINE.md, hard cases).

/** After a bare "weak": a predicate's end (punctuation, a quote or bracket closing), a stance ("on") or a simile ("like"). */
const PREDICATIVE = /^(?:\s*(?:[,.;:!?"”’')—–]|-\s|$)|\s+(?:on|like)\b)/;
/** "a weak candidate", "weak leaders": the person it is said of. */
const PERSON_HEAD = /^\s+(?:candidates?|leaders?|presidents?|nominees?|politicians?|m[ae]n|wom[ae]n|persons?|people)\b/i;

/** Whether a word of criticism is a bare "weak" said of a person, an argument or a stance rather than of a thing that may fail. */
export function isCharacterWeak(text: string, word: string, end: number): boolean {
  if (word.toLowerCase() !== 'weak') return false;
  const after = text.slice(end);
  return PREDICATIVE.test(after) || PERSON_HEAD.test(after);
}
