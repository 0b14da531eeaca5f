// Why: "While the NAB claims that the merger would create a monopoly, they act as if it won't" printed its claim as "the merger
// would create a monopoly, they act as if it won't: …": a cue in a sentence's opening subordinate clause claims that clause only.

/** A sentence that opens on a subordinate clause: "While …,", "Although …,", "After …,". */
const SUBORDINATE = /^(?:While|Whilst|Although|Though|After|When|Because|Since|Before|Even though|Whereas|Once|Until|As)\s+/;

/** "As Breitbart News reported, …": the opening clause is the attribution, and the main clause is the claim. */
const AS_REPORTED = /^As\s+[^,]*\b(?:reported|reports|said|says|noted|notes|wrote|writes|put it|pointed out|explained)\s*,/;

/** The comma where the main clause starts: a subject (a determiner or a name and a few words, or a pronoun) and its verb. */
const MAIN =
  /,\s+(?=(?:(?:the|a|an|his|her|their|its|this|these|those|\p{Lu}[\p{L}’'.-]*)\s+)(?:[\p{L}’'.-]+\s+){0,3}?(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do)\b|(?:he|she|they|it|we|I|you)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\b)/gu;

/**
 * A claim that runs from a sentence's opening subordinate clause, where its cue stands, into the main clause ends where the
 * main clause starts, without the subordinating word ("After the senator seemed to confirm the critiques, the question was …"
 * → "the senator seemed to confirm the critiques"). The opening clause may hold one comma of its own ("Guantanamo Bay, Cuba,").
 */
export function endBeforeMainClause(claim: string, text: string, cueAt: number): string {
  if (!SUBORDINATE.test(text) || AS_REPORTED.test(text)) return claim;
  const start = text.indexOf(claim);
  if (start < 0 || text.indexOf(claim, start + 1) >= 0) return claim;
  const main = [...text.matchAll(MAIN)][0];
  if (!main || main.index < cueAt || main.index <= start || start + claim.length < main.index) return claim;
  const opening = text.slice(0, main.index);
  if ((opening.match(/,/g) ?? []).length > 1) return claim;
  const cut = text.slice(start, main.index).replace(SUBORDINATE, '');
  return cut.split(/\s+/).length >= 3 ? cut : claim;
}

/**
 * An opening that sets the scene or concedes, which the main clause's claim can stand without: "Despite the rejection of the
 * bid,", "With a shutdown looming,", "Although this isn't an exact science,". Not a condition ("When implemented carefully,",
 * "Without a strong showing,", "Once …", "Until …"), which the claim needs.
 */
const SCENE = /^(?:Despite|With|Amid|Following|Given|In spite of|While|Whilst|Although|Though|Even though|Whereas|Because|Since|After|As(?! for\b))\s+/;

/** A main clause whose subject is a personal pronoun: its referent may stand in the opening ("As for Ban, he seems …"). */
const PRONOUN_SUBJECT = /^(?:he|she|they|we|I|you|his|her|their)\b/;

/**
 * A claim that holds a sentence's opening clause or phrase while its cue stands in the main clause starts with the main clause
 * ("Despite the rejection of the bid last week, Seifert may well come back with an improved offer" → "Seifert may well come back
 * with an improved offer"). The opening may hold one comma of its own.
 */
export function startAtMainClause(claim: string, text: string, cueAt: number): string {
  if (!SCENE.test(text) || !text.startsWith(claim.slice(0, 20))) return claim;
  const main = [...text.matchAll(MAIN)][0];
  if (!main || main.index > cueAt || main.index >= claim.length) return claim;
  if ((text.slice(0, main.index).match(/,/g) ?? []).length > 1) return claim;
  const rest = claim.slice(main.index + main[0].length);
  return rest.split(/\s+/).length >= 3 && !PRONOUN_SUBJECT.test(rest) ? rest : claim;
}

/** A comma before words that open a new clause rather than go on with this one (not "and", "who", "including", "in", an -ing word). */
const NEXT_CLAUSE =
  /,[”"’]?\s+(?!(?:and|or|but|nor|who|whom|whose|which|that|including|such|as|for|with|in|on|at|to|by|from|of|than|especially|according|said|says|added|if|when|where|while|not|even|perhaps|possibly|probably|likely|then|too|also|for)\b|\p{Ll}+ing\b|\d)/u;

/** A claim cut from inside a sentence that opens on a subordinating word: "while the tax may result in …", "though she did not name him". */
const LOWER_SUBORDINATE = /^(?:while|whilst|although|though|even though|because|whereas)\s+/;

/**
 * A claim that opens on a subordinating word loses it; when the claim runs on into a main clause, it keeps the clause that holds
 * the cue ("while the tax may result in lower premiums, workers won't see the savings" → "the tax may result in lower premiums").
 */
export function withoutSubordinator(claim: string, cue: string): string {
  const lead = LOWER_SUBORDINATE.exec(claim);
  if (!lead) return claim;
  const body = claim.slice(lead[0].length);
  // "while condemning violence, accused …", "though appears to be …": no subject after the word, so no clause of its own.
  if (/^\p{Ll}+ing\b/u.test(body) || body.startsWith(cue)) return claim;
  const at = body.indexOf(cue);
  const main = [...body.matchAll(MAIN)][0];
  let out = body;
  if (main && at >= 0) out = at < main.index ? body.slice(0, main.index) : body.slice(main.index + main[0].length);
  // "because the plants last for decades, that is likely to change": a main clause this cannot find keeps the word that links it.
  else if (/,[”"’]?\s/.test(body.slice(0, Math.max(at, 0)))) return claim;
  // "while the tax may result in lower premiums, workers won't …": a comma after the cue before a new clause ends it.
  else {
    const next = NEXT_CLAUSE.exec(body.slice(Math.max(at, 0)));
    if (next) out = body.slice(0, Math.max(at, 0) + next.index);
  }
  return out.split(/\s+/).length >= 3 && out.includes(cue) ? out : claim;
}

/** The claim cut to the clause its cue stands in, across a sentence's opening and a subordinating word. */
export function ownClause(claim: string, text: string, cueAt: number, cue: string): string {
  return withoutSubordinator(startAtMainClause(endBeforeMainClause(claim, text, cueAt), text, cueAt), cue);
}
