// "the sex discrimination act", "proceeds of crime laws", "the negligence provision": a harm that names a law's subject is the law, not a harm feared.

/** A law's own word right after the harm: act, bill, law, legislation, statute, provision, clause. */
const LAW_HEAD = /^\s+(?:acts?|bills?|laws?|legislation|statutes?|provisions?|clauses?)\b/;
/** A noun, not a verb: "violated laws" and "discriminate" are acts charged, "discrimination" and "crime" name a field of law. */
const NOUN = /(?:ion|ions|ence|ance|cy|ism|crimes?|fraud|abuse|harassment|trafficking)$/i;

/** Whether the harm or criticism word at `start`..`end` only names what a law is about. */
export function isLawSubject(text: string, start: number, end: number): boolean {
  return NOUN.test(text.slice(start, end)) && LAW_HEAD.test(text.slice(end));
}
