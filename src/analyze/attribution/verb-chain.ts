// Where the verb group of a reporting verb begins: "was quoted as saying", "was due to say", "is expected to tell", "would add".
import type { Token } from '../tokens.js';

/** Adjectives and participles that raise a reporting verb after "to": "due to say", "expected to tell", "set to announce". */
const RAISER = /^(due|expected|set|scheduled|poised|going|likely|about|ready|able|planning|preparing)$/i;
const BE = /^(is|was|are|were|be|been|being|'s|’s)$/i;
const MODAL = /^(will|would|could|may|might|should|can|must|shall)$/i;

/** The index of the first word of the verb group that ends at k, so that the words before it are the subject. */
export function verbGroupStart(tokens: readonly Token[], k: number): number {
  const at = (n: number): string => tokens[n]?.text ?? '';
  // "Hill was quoted as saying": the subject stands before the passive.
  if (/^as$/i.test(at(k - 1)) && /^quoted$/i.test(at(k - 2))) return k - 2;
  // `"…," he was due to say`, `"…," she is expected to tell the board`.
  if (/^to$/i.test(at(k - 1)) && RAISER.test(at(k - 2)) && BE.test(at(k - 3))) return k - 3;
  // `"…," the minister will say`.
  if (MODAL.test(at(k - 1))) return k - 1;
  return k;
}
