// Set phrases in which a cue word leaves no claim open: an attack "claimed by" a group, news that "may come as a surprise",
// a habit that "can seem" odd, a writer who "may have said it best".
import type { CueMatch } from './cues.js';

/** "The bombing, which was claimed by the group": a group taking responsibility for a violent act, not an assertion. */
const CLAIMED_ACT =
  /\b(?:attacks?|bombings?|killings?|incidents?|blasts?|explosions?|assaults?|shootings?|strikes?|kidnappings?|hijackings?|raids?|massacres?|murders?|assassinations?)\b[^;:]{0,60}\b(?:was|were|been|being)\s+$/i;

/** "It may come as no surprise that …", "people may find it surprising": how a stated fact strikes someone, not a hedge of it. */
const SURPRISE =
  /^(?:may|might)\s+(?:come\s+as\s+(?:a|an|no|little|something\s+of\s+a)\s+(?:\w+\s+)?surprise|find\s+(?:it|this|that)\s+(?:\w+\s+)?surprising)\b/i;

/** "Its rules can seem quaint", "the city can appear to be rich": how a thing at times strikes people, a characterisation, no claim left open. */
const CAN_SEEM = /\bcan\s+(?:\p{L}+ly\s+)?$/iu;

/** "Krayewski may have said it best": praise for a wording, no claim left open. */
const SAID_IT_BEST = /^(?:may|might)\s+have\s+(?:said|put|summed)\s+it\s+(?:up\s+)?best\b/i;

/** Whether the cue sits in one of these set phrases. */
export function inSetPhrase(m: CueMatch, text: string): boolean {
  const word = m.match.toLowerCase();
  if (word === 'claimed' && /^\s+by\b/i.test(text.slice(m.end)) && CLAIMED_ACT.test(text.slice(0, m.at))) return true;
  if (/^(?:seem|appear)/.test(word) && CAN_SEEM.test(text.slice(0, m.at))) return true;
  return /^(?:may|might)\b/.test(word) && (SURPRISE.test(text.slice(m.at)) || SAID_IT_BEST.test(text.slice(m.at)));
}
