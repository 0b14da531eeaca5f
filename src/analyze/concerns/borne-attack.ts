// "said she would stand up to the attacks", "we can handle criticism", "shrugged off recent attacks", "moderate his attacks": attacks
// or criticism someone bears, brushes aside or tones down are a war of words told, not a harm anyone fears.

/** A verb of bearing, brushing aside or toning down, then at most two words ("the", "recent"), right before the word. */
const BORNE_BEFORE =
  /\b(?:stand(?:s|ing)?\s+up\s+to|stood\s+up\s+to|handle[sd]?|handling|fac(?:e|es|ed|ing)\s+down|shrug(?:s|ged|ging)?\s+off|brush(?:es|ed|ing)?\s+off|deflect(?:s|ed|ing)?|moderate[sd]?|ton(?:e|es|ed|ing)\s+down|soften(?:s|ed|ing)?|rise\s+above|leave)\s+(?:(?!(?:before|after|during|of|in|for|from|an?)\s)\S+\s+){0,2}$/i;

/** Whether the attack, criticism or insult at `start`..`end` is one someone bears or tones down. */
export function isBorneAttack(text: string, start: number, end: number): boolean {
  if (!/^(?:attacks?|criticisms?|critiques?|insults?)$/i.test(text.slice(start, end))) return false;
  return BORNE_BEFORE.test(text.slice(Math.max(0, start - 50), start));
}
