// "could jeopardize the NPT", "threaten its rival Taiwan": the object of a verb of endangering is what is at risk, not the harm;
// alone ("the NPT") it reads as nothing feared, so the fear keeps the verb that says what may happen to it.

/** Verbs whose object is who or what is put at risk: "threaten", "endanger", "imperil", "jeopardize" in any form. */
const ENDANGER = /^(?:threaten(?:s|ed|ing)?|endanger(?:s|ed|ing)?|imperil(?:s|ed|led|ing|ling)?|jeopardi[sz](?:e|es|ed|ing))$/i;

/** For a fear that is the object right after a verb of endangering (not its "to" or "that" clause), the verb and its object. */
export function victimFear(text: string, cue: string, fear: string): string {
  if (fear === text || !ENDANGER.test(cue) || /^(?:to|that|with|by|after|before|in|on|at|for|from|over|since|when|if|as|because)\s/i.test(fear)) return fear;
  const at = text.indexOf(fear);
  const before = at > 0 ? text.slice(0, at) : '';
  return before.endsWith(`${cue} `) ? `${cue} ${fear}` : fear;
}
