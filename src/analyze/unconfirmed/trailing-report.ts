// "…, the report suggests." — a claim verb that closes the sentence after its subject reports the clause before the comma.

/** The subject of up to five words between the comma (or closing quotation mark, and an "as") and the verb; not "I" or "we", who propose. */
const SUBJECT_AFTER_COMMA = /,["”’]?\s+(?:as\s+)?(?!(?:i|we)\s)(?:[\p{L}\p{N}.’'-]+\s+){1,5}$/iu;

/** "ought to be pumping money into Jordan, Bacon suggests": a proposal, not a claim in doubt. */
const PROPOSAL = /\b(?:should|must|ought to|needs? to)\b/i;

/** Whether the verb ends the sentence and reports the clause that stands before it. */
export function reportsClauseBefore(before: string, after: string): boolean {
  if (!/^\s*[.!]?["”’]?\s*$/.test(after) || !SUBJECT_AFTER_COMMA.test(before)) return false;
  return !PROPOSAL.test(before.slice(0, before.lastIndexOf(',')));
}

/** "…," the suit says: a legal paper that closes the sentence reports an allegation. */
const LEGAL_PAPER_SAYS = /^(?:lawsuit|suit|complaint|indictment|court filing|affidavit)\s+\w+$/i;

/** "Spies infiltrate the meetings, CNN claimed." → "Spies infiltrate the meetings": the clause before the closing attribution. */
export function claimBeforeVerb(matched: string, before: string, after: string): string | null {
  const reports = /^(?:claim|alleg|suggest|contend|assert|insist|maintain|speculat)\w*$/i.test(matched) || LEGAL_PAPER_SAYS.test(matched);
  if (!reports || !reportsClauseBefore(before, after)) return null;
  const claim = before.slice(0, before.lastIndexOf(',')).trim();
  return claim.split(/\s+/).length >= 3 ? claim : null;
}
