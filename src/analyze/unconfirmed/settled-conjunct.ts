// Why: "The film secured a #1 showing and may have some staying power" listed the settled first half as part of the open claim;
// the hedge governs only the verb phrase after "and", which shares the subject.
import { isFiniteForm } from '../past-form.js';

/**
 * "S V … and may …" → "S may …": the subject and the hedged verb phrase, when the half before "and" has one finite verb a few
 * words in, and no comma, colon or clause word that could make "and" join something else ("He said the plan failed and may …").
 */
export function withoutSettledConjunct(claim: string, cue: string): string {
  if (!/^(?:may|might|could)\b/i.test(cue)) return claim;
  const at = claim.indexOf(` and ${cue}`);
  if (at < 0) return claim;
  const head = claim.slice(0, at);
  if (/[,;:"“”()]|\b(?:that|who|which|whom|whose|when|if|because|but|or|and)\b/i.test(head)) return claim;
  const words = head.split(/\s+/);
  const verbs = words.map((w, k) => (k > 0 && isFiniteForm(w) ? k : -1)).filter((k) => k > 0);
  const [verb] = verbs;
  // "Officials found the bridge cracked": an article inside the subject means a verb the list missed stands before it.
  const object = words.slice(1, verb).some((w) => /^(?:the|a|an|his|her|their|its|our|this|these|those)$/i.test(w));
  if (verbs.length !== 1 || verb === undefined || verb > 4 || object) return claim;
  return `${words.slice(0, verb).join(' ')} ${claim.slice(at + 5)}`;
}
