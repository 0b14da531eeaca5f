// Why: a claim cut from its sentence keeps where it starts there, so a later step reads the words around it instead of searching for them again.

/** A claim and where it starts in its sentence; -1 when it is no stretch of the sentence as written ("the cause of the fire"). */
export interface ClaimSpan {
  text: string;
  at: number;
}

const EDGES = /^[\s,“”"'‘’(]+|[\s,.;:“”"'‘’)]+$/g;
const LEADING = /^[\s,“”"'‘’(]+/;
const CONNECTIVE = /^(?:but|and|yet|so|still|instead|after all|however|rather|then)\b,?\s*/i;
// "…, since the games catalog will probably stay thin": a subordinator before a clause no main clause follows (no comma) is no part of
// it; "since" only in lower case, as "Since the war …" opening a sentence tells a time.
const SUBORDINATE =
  /^(?:since|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ww]hereas)\s+(?=(?:the|a|an|his|her|their|its|he|she|they|it|we|I|you|there|this|these|those)\s[^,;]*$)/;

/** A clause without its edge punctuation and opening connective, its spaces single. */
export function tidy(text: string): string {
  return text.replace(EDGES, '').replace(CONNECTIVE, '').replace(SUBORDINATE, '').replace(/\s+/g, ' ');
}

/** The tidied stretch of the sentence that starts at `start`, and where its first kept word is. */
export function spanAt(piece: string, start: number): ClaimSpan {
  const lead = LEADING.exec(piece)?.[0].length ?? 0;
  const rest = piece.slice(lead).replace(EDGES, '');
  const connective = CONNECTIVE.exec(rest)?.[0].length ?? 0;
  const subordinate = SUBORDINATE.exec(rest.slice(connective))?.[0].length ?? 0;
  return { text: tidy(piece), at: start + lead + connective + subordinate };
}

/** A claim put together from the sentence's words rather than cut from it. */
export const madeUp = (text: string): ClaimSpan => ({ text, at: -1 });
