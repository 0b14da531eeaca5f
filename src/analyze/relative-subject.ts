// "Residents who live near the river fear …", "Republicans who have praised his candidacy warned …": a verb whose subject a
// restrictive relative clause describes; the noun phrase right before the verb ends that clause ("the river") and is no subject.
import { phraseBefore } from './phrases.js';
import type { Token } from './tokens.js';

/** A word that opens a clause of its own inside the relative one ("who gained attention when he yelled"): its verb is not the head's. */
const SUBORDINATOR = /^(when|while|if|because|after|before|since|as|that|whether|where|although|though|until|unless)$/i;
/** The most words a relative clause may run between "who" and the verb. */
const REACH = 10;

/** The head "who" describes when the words before `verb` close a relative clause it opens at the sentence's start; else null. */
export function relativeHead(tokens: readonly Token[], verb: number, direct: readonly Token[]): Token[] | null {
  const from = direct[0] ? tokens.indexOf(direct[0]) : verb;
  // Only a phrase that is an object inside the clause ("near the river", "praised his candidacy"); a pronoun is its own subject.
  if (direct.length === 1 && /^(he|she|they|we|i|you|it)$/i.test(direct[0]?.text ?? '')) return null;
  if (!/^\p{Ll}/u.test(tokens[from - 1]?.text ?? '')) return null;
  for (let k = from - 1; k >= 0 && k >= from - REACH; k--) {
    const t = tokens[k];
    if (t?.kind !== 'word' || SUBORDINATOR.test(t.text)) return null;
    if (t.text.toLowerCase() !== 'who') continue;
    if (k + 1 >= verb) return null;
    const head = phraseBefore(tokens, k);
    const at = head[0] ? tokens.indexOf(head[0]) : -1;
    // The head opens the sentence or its clause: "Officials told residents who …" makes them an object, not a subject.
    const opens = at === 0 || tokens[at - 1]?.kind === 'punct' || /^(and|but|even|many|some|most)$/i.test(tokens[at - 1]?.text ?? '');
    return head.length > 0 && head.length <= 6 && opens ? head : null;
  }
  return null;
}
