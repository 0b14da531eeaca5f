// Whether a hedge or allegation speaks of a hypothetical: the main clause of a conditional is no open claim.

/** "If history is any guide" judges by the past and opens no hypothetical. */
const GUIDE = String.raw`(?![^,;]{1,60}?\b(?:is|are|was|were)\s+(?:any|an)\s+(?:guide|indication|indicator|barometer)\b)`;

/**
 * "If she is elected, she might …", also after a leading "But", "And", "Yet" or "So" ("But if that happens, Congress will
 * almost certainly …"). A conditional opening a quotation mid-sentence ('said, "If rates go up, people may …"') is left
 * alone: the dev labels list such a source's forecast.
 */
const OPENS = new RegExp(String.raw`^\W*(?:(?:but|and|yet|so)\s+)?(?:if${GUIDE}|unless|even if|assuming|supposing|provided that)\b`, 'i');

export function inConditional(text: string): boolean {
  return OPENS.test(text);
}
