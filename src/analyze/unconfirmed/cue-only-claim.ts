// Why: a cue that closes its sentence after a comma ("…, but offered no proof.", "“… outside Milan, officials said” —@nytimes") left
// nothing after it to claim, so the claim printed was the cue itself; what it leaves open is the clause before it.
import { tidy } from './claim-span.js';

/** After the cue: at most closing marks, a stop and a dash's handle or credit ("—@nytimes"). */
const CLOSES = /^[\s.!?”"’']*(?:[—–-]\s*@?[\w.]+)?[\s.!?]*$/u;

/** The clause before a cue that ends its sentence after a comma (and "but"), when the claim found is only the cue; else `claim`. */
export function claimBeforeClosingCue(claim: string, cue: string, before: string, after: string): string {
  const bare = tidy(claim.replace(/[—–-]\s*@?[\w.]+\s*$/u, '')).toLowerCase();
  if (bare !== tidy(cue).toLowerCase() || !CLOSES.test(after)) return claim;
  const clause = /^(.*\S),\s*(?:but\s+|and\s+)?$/su.exec(before)?.[1];
  const found = clause ? tidy(clause) : '';
  return found.split(/\s+/).length >= 4 ? found : claim;
}
