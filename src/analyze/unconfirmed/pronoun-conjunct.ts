// Why: "Russian hackers broke into the committee's computers and she accused Trump of …": a claim that ran from the sentence's
// start took in a first clause the cue says nothing of; a pronoun after "and" opens the cue's own clause ("I" not: "“I think
// also and I probably …" is one speaker's aside).

/** The clause before the cue: "… and she", "… and it was", "… and we might", up to two words between the pronoun and the cue. */
const CONJUNCT = /^(\S+(?:\s+\S+){2,}?)\s+and\s+((?:he|she|they|we|it)\s+(?:[\p{L}’'-]+\s+){0,2})$/u;

/** The claim from the pronoun on, when the cue `match` follows "… and PRONOUN" after a clause of three words or more; else as it is. */
export function fromPronounConjunct(claim: string, match: string): string {
  const at = claim.indexOf(match);
  const m = at > 0 ? CONJUNCT.exec(claim.slice(0, at)) : null;
  // "… the rules, and she said": after a comma the claim already starts at the clause ("…, and" cuts elsewhere).
  return m?.[1] && m[2] && !/,$/.test(m[1]) ? claim.slice(at - m[2].length) : claim;
}
