// "I wasn't a war criminal", "that's not necessarily a conflict", "are not terrorists", "was not advocating violence": a harm
// denied by "is not" is a reassurance, not a worry ("would not solve the killings", a verb's negation, still names the harm).

/** "is not", "wasn't", "that's not", "are not really", "were not perceived as", then at most an article or a possessive and one more word. */
const COPULA_NOT =
  /(?:\b(?:is|was|are|were|be|been|being|am)\s+not|\b(?:isn|wasn|aren|weren)['’]t|['’](?:s|re|m)\s+not)\s+(?:(?:necessarily|really|actually|even)\s+)?(?:["“‘']?(?:seen|perceived|regarded|considered|viewed|deemed)\s+as\s+)?(?:(?:an?|the|our|their|his|her|its|my|your)\s+)?(?:\p{L}+\s+)?$/iu;

/** Whether the harm word right after `before` is denied by a negated copula. */
export function isCopulaDenied(before: string): boolean {
  return COPULA_NOT.test(before);
}
