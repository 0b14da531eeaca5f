// "prompting fears that interest rates | may rise": a fear after its cue that ends on the subject of a clause it opened ("that
// interest rates", "because there", "who don't") has lost that clause's verb, and with it what is feared; it runs on to the
// clause's end. A fear that is a noun phrase ("concerns about climate change | are emanating …") or stands before its cue
// ("High property taxes | are a big concern") is what the verb is said of, and stays as it is.

/** A verb that goes on the clause the fear opened: "may rise", "would happen", "have the power", "is the US government". */
const VERB_NEXT = /^\s+(?:has|have|had|is|are|was|were|will|would|could|may|might|can|should|must)\b/i;
/** A clause opener and the few words of its subject that end the fear: "that interest rates", "because there", "who don't". */
const SUBJECT_END = /\b(?:that|because|whether|if|when|while|but|however|who|which|since)\s+(?:\S+\s+){0,5}\S+$/i;
/** The end of the clause the verb continues. */
const CLAUSE_END = /[,;:.!?"”]|\s[—–-]\s/;
/** The most words a fear may gain by running on. */
const RUN_ON_WORDS = 20;

/** The fear run on to its clause's end when it follows its cue and stops right before a verb; else the fear. */
export function runOnFear(text: string, cueWord: string, fear: string): string {
  const at = text.indexOf(fear);
  if (at < 0 || fear === text) return fear;
  const rest = text.slice(at + fear.length);
  if (!VERB_NEXT.test(rest) || !SUBJECT_END.test(fear)) return fear;
  const cueAt = text.toLowerCase().indexOf(cueWord.toLowerCase());
  if (cueAt < 0 || cueAt >= at + fear.length) return fear;
  const end = rest.search(CLAUSE_END);
  const more = end < 0 ? rest : rest.slice(0, end);
  if (more.trim().split(/\s+/).length > RUN_ON_WORDS) return fear;
  return text.slice(at, at + fear.length + more.length);
}
