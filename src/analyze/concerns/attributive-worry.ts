// A worry word that describes a person or a thing ("a worried spouse", "with concerned friends", "nervous energy") voices no fear of a harm.

/** The word before: a determiner or "with", "of" that makes the worry word an adjective on the noun after it. */
const DETERMINER_BEFORE = /\b(?:a|an|the|some|many|his|her|their|its|our|my|your|with|of)\s+(?:very\s+|deeply\s+|visibly\s+)?$/i;
/** A worry adjective and the lower-case word it describes (no preposition, conjunction or verb); "a worried tone over competition" still worries. */
const ADJECTIVE_ON_NOUN =
  /^(?:worried|concerned|nervous|anxious|scared|frightened|fearful|uneasy)\s+(?!(?:about|that|over|by|with|for|at|of|to|and|or|but|is|are|was|were|as|in|on|because|if|whether|than|after|when|who|which|lest)\b)\p{Ll}[\p{L}-]*(?!\s+(?:over|about|that)\b)(?![\p{L}-])/u;

/** Whether a worry word is an adjective describing the noun after it: "the emotions of a worried spouse". */
export function isAttributiveWorry(text: string, start: number): boolean {
  return ADJECTIVE_ON_NOUN.test(text.slice(start)) && DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}
