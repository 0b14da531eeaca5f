// Anaphoric items: "Sudan has denied this." or "He spoke on condition of anonymity." hold no claim of their own; it is the sentence before.
import type { UnconfirmedKind } from '../../types.js';

/** A denial of what came before ("has denied this, though", "He's always denied it", "denies the allegations", "has denied these claims"). */
const DENIES_BEFORE =
  /^(?:[\w’'.-]+\s+){0,5}(?:den(?:y|ies|ied)|disputed?|disputes|rejected|rejects)\s+(?:this|it|that|these|those|them|(?:the|these|those|such|all|all the|all such) (?:allegations?|claims?|charges?|accusations?|reports?))(?:\s*,?\s*(?:though|however|too))?$/i;

/** A sentence that only says how a source spoke: "He spoke on condition of anonymity because …". */
const ANONYMITY_ONLY = /^(?:[\w’'.-]+\s+){1,6}(?:spoke|speaking|talked|asked|requested|agreed to speak|insisted)\b[^,;]*\banonymity\b/i;

/** What a denial's object points back to, left at the head of its claim: "the accusation, has avoided extradition …" ("Assange, who
 *  denies the accusation, has …"), "figure, arguing that …" ("disputed that figure, arguing …"), "the allegations, saying …". */
const DENIED_POINTER =
  /^(?:(?:the|these|those|that|this|such)\s+)?(?:allegations?|claims?|charges?|accusations?|reports?|figures?|estimates?|numbers?|accounts?|assertions?|characteri[sz]ations?|findings?|suggestions?)\s*(?:,|$)/i;

/** The claim an item stands for: the sentence before when its own claim only points back to it. */
export function claimBefore(claim: string, text: string, previous: string | undefined, kind?: UnconfirmedKind): string {
  if (!previous) return claim;
  const pointer = kind === 'disputed' && DENIED_POINTER.test(claim.trim());
  if (pointer || DENIES_BEFORE.test(claim.trim()) || ANONYMITY_ONLY.test(text.trim())) return previous.replace(/[\s.;:]+$/, '');
  return claim;
}
