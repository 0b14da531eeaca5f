// Whether the words before a source noun leave the source unnamed: "Clinton aides said" and "His aides say" do, "Israeli officials said" does not.

/** Plural nouns for people who speak for a camp, not on a body's record: a capitalised modifier says whose they are, never who. */
const CAMP_VOICES = /^(?:aides|advisers|advisors|allies|donors|insiders|strategists|operatives|confidants|associates|friends|sources)$/i;

/** Words that name no one, capitalised or not: articles, quantifiers, ranks, possessive pronouns, sentence-opening links. */
const NAMES_NO_ONE =
  /^(?:the|some|two|three|several|many|other|most|senior|top|his|her|their|its|our|my|your|but|and|so|yet|still|now|while|although|though)$/i;

/** Common modifiers a sentence's first word capitalises without naming a body: "Campaign officials have told …". */
const COMMON_OPENER =
  /^(?:campaign|party|administration|government|state|federal|local|city|county|company|military|security|intelligence|health|election|team)$/i;

/** The words (up to three) before a source noun; `opens` when they start the sentence; `noun` the noun the cue begins with. */
export function unnamedSource(words: readonly string[], opens: boolean, noun: string): boolean {
  const kept = words.filter((w, i) => !NAMES_NO_ONE.test(w) && !(opens && i === 0 && COMMON_OPENER.test(w)));
  // "Clinton's longtime aides", "the company's executives": whose they are, not who.
  if (kept.some((w) => /[’'](?:s)?$/.test(w))) return true;
  // "Sanders and his aides believe": the camp speaks beside the person it names, on record.
  if (words.some((w, i) => /^[A-Z]/.test(w) && !NAMES_NO_ONE.test(w) && /^and$/i.test(words[i + 1] ?? ''))) return false;
  if (CAMP_VOICES.test(noun)) return true;
  return !kept.some((w) => /^[A-Z]/.test(w));
}
