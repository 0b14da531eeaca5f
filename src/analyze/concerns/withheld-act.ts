// A blame or threat held back ("declined to criticize", "refrained from criticisms") or a risk chosen ("prepared to take risks") voices no worry.
import type { Predicate } from './predicates.js';

/** "declined to threaten", "avoided directly criticizing": blame not done ("urged to avoid condemning refugees" advises). */
const WITHHELD =
  /\b(?:declin\p{L}*|refus\p{L}*|refrain\p{L}*|avoid(?:ed|s|ing)|stopp\p{L}*\s+short|shied\s+away|shy\p{L}*\s+away)\s+(?:to|from|of)?\s*(?:\p{L}+ly\s+)?$/iu;
/** Verbs and nouns of blame; "attacking" and "threaten" only as acts ("avoid attacks", "avoid threats" name a harm kept off). */
const BLAME = /^(?:critici[sz]\p{L}*|critiqu\p{L}*|threaten\p{L}*|condemn\p{L}*|attacking|blam\p{L}*|denounc\p{L}*|rebuk\p{L}*)$/iu;

/** "take risks", "took a risk by winking": a risk its taker chooses; "taking unnecessary risks" blames, "taking the risk" can name a stake. */
const TAKEN = /\b(?:take|takes|took|taken|taking)\s+(?:a\s+|some\s+|calculated\s+|political\s+)?$/i;
/** "take the risk of a war", "risks to their lives": the risk names its harm. */
const NAMED_HARM = /^\s+(?:of|that|to\s+(?:their|his|her|its|our|your|my)\s+(?:lives|life|health|safety))\b/i;

/** Whether a word of blame, threat or risk is one held back or one chosen, not a worry. */
export function isWithheldAct(text: string, cue: Predicate): boolean {
  const before = text.slice(Math.max(0, cue.start - 40), cue.start);
  if (BLAME.test(cue.word) && WITHHELD.test(before)) return true;
  return /^risks?$/i.test(cue.word) && TAKEN.test(before) && !NAMED_HARM.test(text.slice(cue.end));
}
