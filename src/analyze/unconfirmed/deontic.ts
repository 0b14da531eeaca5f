// "May" that grants or bars by rule ("No one may solicit a vote within 150 feet", "only buses may enter"): permission, not a hedge.
import type { CueMatch } from './cues.js';

/** A subject that a rule restricts: "no one", "nobody", "no person", or "only" before a noun phrase with no verb or clause word in it. */
const RESTRICTED =
  /\b(?:no\s+(?:one|person|citizen|candidate|vehicle|member)|nobody|only(?:\s+(?!(?:that|which|who|whom|if|when|because|and|but|or|is|are|was|were|has|have|had|will|would|can|could|to|adds?|added|helps?|helped|makes?|made)\b)[^\s,;:.!?]+){1,9})\s+$/i;

/** "Under state law, …", "according to the rules, …", "by law": what a rule allows, stated before the modal. */
const BY_RULE =
  /\b(?:under|according\s+to|by)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}(?:law|laws|rules?|regulations?|constitution|statute|bylaws)\b/iu;

/** Whether a "may" cue states what a rule permits or forbids. */
export function grantsByRule(m: CueMatch, text: string): boolean {
  const rest = text.slice(m.at);
  if (!/^may\s+(?!have\b)/i.test(rest)) return false;
  const before = text.slice(0, m.at);
  return RESTRICTED.test(before) || BY_RULE.test(before);
}
