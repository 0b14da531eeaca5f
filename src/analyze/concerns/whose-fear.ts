// "the anxieties of voters", "the concerns of the US and France": after these nouns "of" names whose worry it is, never what
// is feared, so a fear read from the "of" phrase is a holder, not a harm; the sentence says more.

/** Nouns of worry whose "of" phrase is who worries ("fear of" and "fears of" name what is feared, and are left out). */
const OWNED = /^(?:concerns?|worries|anxiet(?:y|ies)|misgivings|qualms)$/i;

/** For a fear that is the "of" phrase right after such a noun, the sentence; otherwise the fear. */
export function whoseFear(text: string, cue: string, fear: string): string {
  if (fear === text || !OWNED.test(cue)) return fear;
  const at = text.indexOf(fear);
  return at > 0 && text.slice(0, at).endsWith(`${cue} of `) ? text : fear;
}
