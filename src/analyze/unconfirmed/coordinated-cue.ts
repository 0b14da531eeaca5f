// Why: "Mr Howard said that Mr Beazley had no plan … and accused Mr Beazley of failing …": a verb of allegation joined by "and" to
// a source's earlier act of speech is its second act; its claim starts at the cue, as "…, and accused …" does.

/** Acts of speech that may come before: "said that …", "called him divisive", "slammed the shift as …". */
const SPEECH =
  /\b(?:said|says|told|wrote|tweeted|argued|insisted|declared|stated|called|slammed|criticized|criticised|described|cast|branded|blasted|attacked|denounced|labell?ed)\b/;

/** Verbs of allegation whose object is the claim. */
const ALLEGES = /^(?:accused|alleged|charged)$/i;

/**
 * The claim from the cue on, when the cue `match` is a verb of allegation joined by "and" inside it and `before` (the sentence up
 * to the cue) holds an act of speech; else the claim as it is: "took to social media and accused …" or "was arrested and accused
 * of …" is one act, told whole.
 */
export function fromCoordinatedCue(claim: string, match: string, before: string): string {
  if (!ALLEGES.test(match)) return claim;
  const at = claim.lastIndexOf(` and ${match} `);
  // "who was arrested and accused of …": a passive's two verbs are one act done to someone.
  const passive = /\b(?:was|were|been|being|is|are)\s+(?:\w+\s+){0,2}\w+ed$/.test(claim.slice(0, Math.max(0, at)));
  return at > 0 && !passive && SPEECH.test(before) ? claim.slice(at + 5) : claim;
}
