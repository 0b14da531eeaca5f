// Why: a claim cut from its sentence keeps where it starts there, so a later step reads the words around it instead of searching for them again.

/** A claim and where it starts in its sentence; -1 when it is no stretch of the sentence as written ("the cause of the fire"). */
export interface ClaimSpan {
  text: string;
  at: number;
}

const EDGES = /^[\s,“”"'‘’(]+|[\s,.;:“”"'‘’)]+$/g;
const LEADING = /^[\s,“”"'‘’(]+/;
const CONNECTIVE = /^(?:but|and|yet|so|still|instead|after all|however|rather|then)\b,?\s*/i;

/** A clause without its edge punctuation and opening connective, its spaces single. */
export function tidy(text: string): string {
  return text.replace(EDGES, '').replace(CONNECTIVE, '').replace(/\s+/g, ' ');
}

/** The tidied stretch of the sentence that starts at `start`, and where its first kept word is. */
export function spanAt(piece: string, start: number): ClaimSpan {
  const lead = LEADING.exec(piece)?.[0].length ?? 0;
  const connective = CONNECTIVE.exec(piece.slice(lead).replace(EDGES, ''))?.[0].length ?? 0;
  return { text: tidy(piece), at: start + lead + connective };
}

/** A claim put together from the sentence's words rather than cut from it. */
export const madeUp = (text: string): ClaimSpan => ({ text, at: -1 });
