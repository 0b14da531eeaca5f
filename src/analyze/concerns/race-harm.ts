// "could undermine his sizeable New Hampshire lead", "could damage Obama's standing", "some damage to his friend's campaign": a harm
// to a candidate's fortunes told in the writer's own analysis is the horse race; only a source's warning makes it a concern (GUIDELINE.md).
import { STAKE } from './electoral-stake.js';
import type { Predicate } from './predicates.js';

/** Verbs and nouns of hurting that can take a race as their object. */
const HURT = /^(damag|hurt|harm|jeopardi|undermin|erod|weaken|threat)/i;
/** What a race puts at stake besides votes and seats: a candidate's lead, standing, campaign, brand or chances. */
const FORTUNE = /\b(lead|standing|campaign|candidacy|brand|chances|prospects|bid|momentum|electability|favou?rability|numbers)\b/i;

/** Whether a word of hurting names as what it hurts only a race or a candidate's fortunes, in the clause right after it. */
export function isRaceHarm(text: string, p: Predicate): boolean {
  if (!HURT.test(p.word)) return false;
  const after = text.slice(p.end, p.end + 70).split(/[,;:.!?"“”—–(]|\b(?:and|but|by|because|since|with|among|just|before|after)\b/)[0] ?? '';
  // "threaten a new vote" is a threat of its own (electoral-stake.ts judges "threatens to …"); only a candidate's fortune is a race here.
  const stake = /^threat/i.test(p.word) ? FORTUNE.test(after) : FORTUNE.test(after) || STAKE.test(after);
  return after.split(/\s+/).filter(Boolean).length <= 7 && stake;
}
