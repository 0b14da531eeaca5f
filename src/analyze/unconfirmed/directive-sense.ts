// Why: "officials have told Flint residents not to drink …" and "she insisted that the first lady go to Bethesda" give an order or
// a demand, not a claim whose source or truth is open; sense.ts (at its size limit) asks here.
import type { CueMatch } from './cues.js';

/** "that" + a subject of up to four words + a verb's bare form ("that she go", "that he be"), the subjunctive of a demand. */
const SUBJUNCTIVE =
  /^\s+((?:[\w’'.-]+\s+){1,4}?)(?:be|go|leave|stay|resign|remain|step|withdraw|return|attend|testify|appear|apologi[sz]e|undergo|receive|wait|stop)\b/;

/** Words that make the verb after them no subjunctive ("that it would be", "that they go") or no clause at all. */
const NOT_SUBJECT = /\b(?:would|will|could|should|must|may|might|can|cannot|to|not|never|they|we|you|i|and|or)\b/i;

/** Whether the cue at `m` gives an instruction or a demand rather than a sourced or contested claim. */
export function isDirective(m: CueMatch, text: string): boolean {
  const word = m.match.toLowerCase();
  const after = text.slice(m.end);
  // "officials have told Flint residents not to drink the water": "told" with an object and "to", the telling is an order.
  if (m.cue.kind === 'anonymous-source' && /\b(?:told|tell)$/.test(word) && /^\s+(?:[\w’'-]+\s+){1,4}(?:not\s+)?to\s+\p{L}/u.test(after)) return true;
  const demand = /^insist(?:s|ed|ing)? that$/.test(word) ? SUBJUNCTIVE.exec(after) : null;
  return demand !== null && !NOT_SUBJECT.test(demand[1] ?? '');
}
