// Why: "The US has long opposed the ICC because of concerns over …", "voted against the plan over concerns that it would …": a
// worry given as the reason for the subject's own act is the subject's, and the holder was left empty.
import { leadingPhrase } from './subject.js';
import type { Token } from './tokens.js';

/** "because of", "due to", "out of", "over" or "citing", then at most two modifiers ("serious security"), then the worry noun. */
const REASON = /^(?:because of|due to|out of|over|citing)(?: [\p{Ll}-]+){0,2}$/u;
const WORRY = /^(?:concerns?|fears?|worries)$/i;

/** The sentence's opening noun phrase when the cue at `cueAt` gives the reason for what it did; null otherwise. */
export function reasonSubject(tokens: readonly Token[], cueAt: number): Token[] | null {
  if (!WORRY.test(tokens[cueAt]?.text ?? '')) return null;
  const before = tokens.slice(Math.max(0, cueAt - 4), cueAt).map((t) => t.text);
  if (![1, 2, 3, 4].some((k) => REASON.test(before.slice(-k).join(' ')))) return null;
  const subject = leadingPhrase(tokens);
  // The act sits between the subject and the reason, with no clause of its own opening ("…, who said …", "and"); a passive or a
  // copula ("Some schools were closed out of security concerns") makes the subject what was acted on, not who worried.
  const between = tokens.slice(subject.length, cueAt).map((t) => t.text);
  const stop = /^(?:who|which|that|and|but|said|says|;|is|are|was|were|be|been|being)$/i;
  return subject.length > 0 && !between.some((w) => stop.test(w)) ? subject : null;
}
