// Why: in "Trump went on to criticize …" the cue verb's subject stands before the verb that takes it as an infinitive.
import type { Token } from './tokens.js';

/** Verbs whose subject is also the subject of the infinitive after them ("sought to", "continued to", "was quick to"). */
const CONTROL =
  /^(?:continu(?:e|es|ed|ing)|s(?:eek|eeks|ought)|tr(?:y|ies|ied)|beg(?:in|ins|an|un)|start(?:s|ed)?|mov(?:e|es|ed)|decid(?:e|es|ed)|ch(?:oose|ooses|ose)|rush(?:es|ed)?|hasten(?:s|ed)?|quick|went|goes|go)$/i;

/** The verb that governs the infinitive cue at `at` ("went" in "went on to criticize"), or `at` itself when there is none. */
export function catenativeHead(tokens: readonly Token[], at: number): number {
  if (tokens[at - 1]?.text.toLowerCase() !== 'to') return at;
  // "went on to", "goes on to": the phrasal form; "continued to", "sought to", "was quick to": the verb right before "to".
  const on = tokens[at - 2]?.text.toLowerCase() === 'on' ? at - 3 : at - 2;
  const head = tokens[on]?.text ?? '';
  if (!CONTROL.test(head) || (on === at - 2 && /^(?:went|goes|go)$/i.test(head))) return at;
  return on;
}
