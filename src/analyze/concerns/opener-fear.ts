// "Worried the nation might miss its target, the government proposed a levy": a cue inside an opening participle clause governs
// only up to the comma before the main clause, as scope.ts already cuts an opening "As …," clause; a fear run past it is cut there.
import { spacedWordCount as wordCount } from '../../word-count.js';
import type { Predicate } from './predicates.js';

/** A sentence that opens on a participle: "Utilizing …", "Worried …", "Calling it …". */
const PARTICIPLE_OPENER = /^["“]?\p{Lu}\p{Ll}+(?:ing|ed)\s/u;
/** The comma that ends it: the next words open the main clause (a name, a determiner or a pronoun), not a list. */
const MAIN_CLAUSE_START = /,\s+(?=\p{Lu}|(?:the|a|an|his|her|their|its|our|he|she|they|it|we|there)\s)/u;

/** For a fear that starts inside an opening participle clause holding the cue and runs past its comma, the part before it (under three words, as "to angry", the sentence). */
export function openerFear(text: string, cue: Predicate, fear: string): string {
  if (fear === text || !PARTICIPLE_OPENER.test(text)) return fear;
  const end = text.search(MAIN_CLAUSE_START);
  const at = text.indexOf(fear);
  if (end < cue.end || at < 0 || at >= end || at + fear.length <= end) return fear;
  const cut = text.slice(at, end).trim();
  return wordCount(cut) >= 3 ? cut : text;
}
