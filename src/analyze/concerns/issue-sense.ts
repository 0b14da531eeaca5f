// "places business concerns above his training", "attuned to hometown concerns", "security trumped other concerns": a kind of
// concern named by its field or set beside another is an interest or an issue, not a worry voiced.
import type { Predicate } from './predicates.js';

/** A field or a set before the noun: "business", "recreational", "hometown", "parochial", "commercial", "needs and", "other". */
const FIELD_BEFORE = /\b(?:business|recreational|hometown|parochial|commercial|needs\s+and|other)\s+$/i;
/** "raised other concerns", "voiced other concerns": a source's further worries still count. */
const VOICED_BEFORE = /\b(?:rais\w*|voic\w*|express\w*|cit\w*|shar\w*|echo\w*|ha[sd]|have|having|air\w*)\s+other\s+$/i;

/** Whether plural "concerns" names interests or issues of a field ("business concerns"), not worries; "other concerns about …" still worry. */
export function isIssueConcern(text: string, p: Predicate): boolean {
  if (!/^concerns$/i.test(p.word)) return false;
  const before = text.slice(Math.max(0, p.start - 30), p.start);
  return FIELD_BEFORE.test(before) && !VOICED_BEFORE.test(before) && !/^\s+(?:about|over|that|regarding|with)\b/i.test(text.slice(p.end, p.end + 12));
}
