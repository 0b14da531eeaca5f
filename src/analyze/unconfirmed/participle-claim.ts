// Why: "The nurse later sued, claiming the quarantine violated her rights" listed the suit and the claim together; with "that"
// the claim was cut to its clause, without it (a zero "that") the whole sentence stood.
import { isFiniteForm } from '../past-form.js';

/** A participle that reports a contested claim after a comma. */
const PARTICIPLE = /^(?:claiming|alleging|arguing|contending|asserting|insisting|maintaining)$/i;

/** A finite verb a few words into the clause after the participle ("the quarantine violated …", "he was …"). */
const isFiniteVerb = (word: string): boolean => isFiniteForm(word) || /^(?:will|would|could|can|did|does)$/.test(word);

/** "…, claiming the quarantine violated her rights" → "the quarantine violated her rights": the clause the participle reports. */
export function participleClaim(claim: string, cue: string): string {
  if (!PARTICIPLE.test(cue)) return claim;
  const at = claim.indexOf(`, ${cue} `);
  if (at < 0) return claim;
  const rest = claim.slice(at + cue.length + 3);
  const words = rest.split(/\s+/);
  // A subject of one to four words, then its verb: not an object ("claiming responsibility for the attack").
  const verb = words.findIndex((w, k) => k > 0 && isFiniteVerb(w));
  // A quotation after the participle runs on into its own credit: left whole.
  return verb > 0 && verb <= 4 && !/^(?:that|["“].*)$/i.test(words[0] ?? '') ? rest : claim;
}
