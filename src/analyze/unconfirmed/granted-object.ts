// "Deny many independents the right to vote", "deny marriage licenses": deny as withhold a thing granted, not as dispute a claim.
import type { CueMatch } from './cues.js';

/** What one is granted or refused: a right, a hearing, a nomination, a licence, a voice, a haven. */
const GRANTED =
  /^(?:rights?|chance|opportunity|nomination|hearing|voice|vote|sanctuary|haven|victory|win|seats?|licen[cs]es?|services?|access|entry|permission|majority|platform|funding|benefits?|visas?|permits?|care|treatment|coverage)$/i;

/** Words that show the object is a claim after all ("denied the reports that …", "denies he was"). */
const CLAIM_WORD = /^(?:that|it|this|reports?|claims?|charges?|allegations?|accusations?|is|was|were|are|had|has|have|did)$/i;

/** Whether a deny cue withholds a granted thing: a noun of grant ends its object phrase within five words, before any mark. */
export function withholdsGrant(m: CueMatch, text: string): boolean {
  if (!/^den(?:y|ied|ies|ying)$/i.test(m.match)) return false;
  const phrase = /^\s+([^.,;:!?“”"()—–]*)/.exec(text.slice(m.end))?.[1] ?? '';
  const words = phrase.split(/\s+/).slice(0, 6);
  for (const w of words) {
    if (CLAIM_WORD.test(w)) return false;
    if (GRANTED.test(w)) return true;
  }
  return false;
}
