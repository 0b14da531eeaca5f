// Where a clause that opens the sentence ends ("As residents lamented the floods, …", "Wary of a backlash, …"): what a cue
// inside it governs ends there too.
import type { Predicate } from './predicates.js';
import { frontedWorryAlternation } from '../fronted-worry.js';

/** A sentence that opens on a subordinate clause ("As residents lamented the floods, the council met") or a fronted modifier ("Wary of a backlash, …"). */
const SUBORDINATE_OPENER = new RegExp(
  `^["“]?(?:As|While|When|Whenever|After|Before|Because|Although|Though|If|Since|Until|Once|Whereas|Unless|(?:(?:But|And|Yet)\\s+)?(?:\\p{L}+ly\\s+)?(?:${frontedWorryAlternation()}))\\s`,
  'u',
);
/** The comma that ends it: the next words open the main clause (a name, a determiner or a pronoun), not a list. */
const MAIN_CLAUSE_START = /,\s+(?=\p{Lu}|(?:the|a|an|his|her|their|its|our|he|she|they|it|we|there)[\s'’])/u;

/** Where the opening subordinate clause that holds the cue ends, or null: what the cue governs ends there too. */
export function openingClauseEnd(text: string, cue: Predicate): number | null {
  if (!SUBORDINATE_OPENER.test(text)) return null;
  const end = text.search(MAIN_CLAUSE_START);
  if (end <= cue.end) return null;
  // "Dismayed by his memory of … and inspired by …, he …": a second participle is no part of the first one's fear, which
  // keeps two words or more after its preposition ("about backlash" alone would fall short of a fear).
  const second = text.slice(cue.end, end).search(/\s(?:and|but)\s+\p{Ll}+ed\s/u);
  const kept =
    second > 0 &&
    text
      .slice(cue.end, cue.end + second)
      .trim()
      .split(/\s+/).length >= 3;
  return kept ? cue.end + second : end;
}
