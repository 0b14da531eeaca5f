// Whether a hedge or allegation speaks of a hypothetical: the main clause of a conditional is no open claim.

/** "If history is any guide" judges by the past and opens no hypothetical. */
const GUIDE = String.raw`(?![^,;]{1,60}?\b(?:is|are|was|were)\s+(?:any|an)\s+(?:guide|indication|indicator|barometer)\b)`;

/** "In other words, if …", "Of course, if …": a linking phrase before the "if" leaves the sentence a conditional. */
const LINK = String.raw`(?:in other words|that is|of course|however|still|then|now|again|otherwise|in that case|in fact|indeed|for example|for instance)`;

/**
 * "If she is elected, she might …", also after a leading "But", "And", "Yet" or "So" ("But if that happens, Congress will
 * almost certainly …"). A conditional opening a quotation mid-sentence ('said, "If rates go up, people may …"') is left
 * alone: the dev labels list such a source's forecast.
 */
const OPENS = new RegExp(String.raw`^\W*(?:(?:but|and|yet|so)\s+)?(?:${LINK},\s+)?(?:if${GUIDE}|unless|even if|assuming|supposing|provided that)\b`, 'i');

/** "Mrs. Clinton, if elected, might nominate …": a conditional aside right before the cue (an auxiliary or adverb between) makes it hypothetical
 *  too; "few, if any, apparent efforts" and "if it comes at all" set no condition. */
const ASIDE =
  /,\s+(?:if|unless|even if)\s+(?!(?:any|anything|ever|not|only)\s*,|[^,]*\bat all\s*,)[^,;:“”"]{1,40},\s+(?:(?:would|will|could|can|should|may|might)\s+)?(?:\p{Ll}+ly\s+)?$/iu;

export function inConditional(text: string, cueAt = 0): boolean {
  return OPENS.test(text) || ASIDE.test(text.slice(0, cueAt));
}
