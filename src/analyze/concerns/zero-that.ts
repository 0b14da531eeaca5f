// Why: "was concerned it might never switch back on", "is afraid the dam will burst": a worry adjective takes its clause
// without "that", as "fears the dam will burst" does, and the clause is what is feared.
const ADJECTIVE = /^(?:concerned|afraid|anxious|nervous|scared|frightened|terrified|fearful|apprehensive|alarmed)$/i;

/** A clause's subject (a pronoun, or a short noun phrase) and then its finite verb or modal. */
const CLAUSE =
  /^(?:it|he|she|they|we|I|you|this|there|(?:the|a|an|his|her|their|its|our|my|your|some|many|more|other)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)\s+(?:would|will|could|might|may|can|cannot|can['’]t|won['’]t|was|were|is|are|had|has|have|should|must)\b/iu;

/** Whether the words after a worry adjective are a clause of their own, its "that" left out. */
export function isZeroThatClause(cue: string, rest: string): boolean {
  return ADJECTIVE.test(cue) && CLAUSE.test(rest);
}
