// A group's belief, its holders unnamed ("Some believe the U.S. is …", "…, many think, is only a matter of time"): the claim is what is believed.
import type { CueMatch } from './cues.js';

const BELIEF = /^(?:believes?|believed|thinks?|thought)$/i;

/** Where the believed clause ends: a semicolon, or a dash or comma before "and", "but" (a dash alone may open an aside inside it). */
const CLAUSE_END = /;|(?:,|\s[—–-]+)\s+(?:and|but|while|although|though|because)\b/;

/** The clause a bare "believe"/"think" leaves open, or null when the cue is some other verb or stands in an "as …" comparison. */
export function beliefClaim(m: CueMatch, text: string): string | null {
  if (!BELIEF.test(m.match) || /\bas\s+(?:\S+\s+){1,2}$/i.test(text.slice(0, m.at))) return null;
  const after = text.slice(m.end);
  // "Ryan's endorsement, many think, is only a matter of time": the group stands in an aside; the claim runs around it.
  if (/^\s*,/.test(after)) {
    const open = text.lastIndexOf(',', m.at);
    return open > 0 ? `${text.slice(0, open)} ${after.replace(/^\s*,\s*/, '')}` : null;
  }
  const rest = after.replace(/^\s+that\b/i, '');
  const end = CLAUSE_END.exec(rest);
  const claim = end ? rest.slice(0, end.index) : rest;
  return claim.trim().split(/\s+/).length >= 3 ? claim : null;
}
