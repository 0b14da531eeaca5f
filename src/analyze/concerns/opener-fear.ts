// "Worried the nation might miss its target, the government proposed a levy": a cue inside an opening participle clause governs
// only up to the comma before the main clause, as scope.ts already cuts an opening "As …," clause; a fear run past it is cut there.
import { spacedWordCount as wordCount } from '../../word-count.js';
import type { Predicate } from './predicates.js';
import { MAIN_CLAUSE_WORDS, RELATIVE_WORDS, alternation } from '../fronted-worry.js';

/** A sentence that opens on a participle: "Utilizing …", "Worried …", "Calling it …". */
const PARTICIPLE_OPENER = /^["“]?\p{Lu}\p{Ll}+(?:ing|ed)\s/u;
/** The comma that ends it: the next words open the main clause (a name, a determiner, a pronoun, or a noun before its verb), not a list. */
const MAIN_CLAUSE_START = new RegExp(
  `,\\s+(?=\\p{Lu}|(?:${alternation(MAIN_CLAUSE_WORDS)})\\s|(?!(?:${alternation(RELATIVE_WORDS)})\\s)\\p{Ll}+\\s+(?:\\p{Ll}+ed|was|were|is|are|has|had|have)\\s)`,
  'u',
);
/** For a fear that starts inside an opening participle clause holding the cue and runs past its comma, the part before it (the sentence when that part
 *  reads as nothing: under three words, as "to angry", unless a determiner opens two, "the cost"). */
export function openerFear(text: string, cue: Predicate, fear: string): string {
  if (fear === text || !PARTICIPLE_OPENER.test(text)) return fear;
  const end = text.search(MAIN_CLAUSE_START);
  const at = text.indexOf(fear);
  if (end < cue.end || at < 0 || at >= end || at + fear.length <= end) return fear;
  const cut = text.slice(at, end).trim();
  // "the cost" names what is feared in two words; "to angry" does not.
  return wordCount(cut) >= 3 || (wordCount(cut) === 2 && /^(?:the|a|an|his|her|their|its|our)\s/i.test(cut)) ? cut : text;
}
