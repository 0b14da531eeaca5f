// "threatened a try", "had rarely threatened until …": in a match report a side threatens to score, which harms no one.

/** A score a side or a player threatens: "threatened further scores", "threatened a try", "threatens an equaliser". */
const SCORE_AFTER = /^\s+(?:(?:a|an|the|further|another|more|an\s+early|a\s+late)\s+)?(?:tries|try|goals?|scores?|equali[sz]ers?|touchdowns?)\b/i;
/** "threatened" with no object, then a comma or "until": the attacking side pressing ("It took Bellamy four minutes to threaten, …"). */
const NO_OBJECT_AFTER = /^\s*(?:,|\s+until\b)/i;
/** A passive ("is threatened, …", "was threatened until …") keeps its victim: that is still a harm. */
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being|feel|feels|felt)\s+(?:\S+ly\s+)?$/i;

/** Whether a verb of threat at `start`..`end` in `text` is a side threatening to score. */
export function isGameThreat(text: string, word: string, start: number, end: number): boolean {
  if (!/^threaten(?:s|ed|ing)?$/i.test(word) || BE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return false;
  const after = text.slice(end);
  return SCORE_AFTER.test(after) || NO_OBJECT_AFTER.test(after);
}
