// Why: "to assert its territorial or maritime claims", "asserted his Fifth Amendment right": what follows a possessive is the
// verb's object, a right or a holding asserted; a clause after one has its own verb a few words on ("claims his net worth is …").

/** A possessive, then up to eight words and a finite verb or modal: the clause a claim verb reports. */
const POSSESSIVE_CLAUSE =
  /^\s*(?:his|her|their|its)\s+(?:[^\s,;:.]+\s+){0,8}?["“]?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do)\b/i;

/** Whether the words after a claim verb open on a possessive noun phrase that no verb of its own follows. */
export function isPossessiveObject(after: string): boolean {
  return /^\s*(?:his|her|their|its)\s/i.test(after) && !POSSESSIVE_CLAUSE.test(after);
}
