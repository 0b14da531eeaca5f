// Why: "… stuck to policy at first but gradually turned tougher, eventually saying he would be a disaster": the harm is in what
// the speech participle reports, and the fear starts after it, not with the frame before it.
import { allMatches } from '../../all-matches.js';
import { spacedWordCount as wordCount } from '../../word-count.js';
import type { Predicate } from './predicates.js';

/** A speech participle after a comma, with its "that": ", saying", ", eventually saying that", ", adding that" (not "adding to"). */
const PARTICIPLE = /,\s+(?:\p{Ll}+ly\s+)?(?:saying|adding(?!\s+to\b)|arguing|noting|insisting|contending|asserting)\s+(?:that\s+)?/giu;

/** Where the words were said, before what was said: "saying in an interview with CNN, …". */
const OCCASION =
  /^(?:in|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:interview|statement|speech|press conference|news conference|conference call|email|letter|tweet|post|appearance)\b[^,“"]{0,50},\s*/i;

/** The fear from the last speech participle before the cue when the fear holds it; the fear as it is otherwise. */
export function participleFear(text: string, cue: Predicate, fear: string): string {
  const at = text.indexOf(fear);
  if (at < 0) return fear;
  let from = -1;
  for (const m of allMatches(text, PARTICIPLE)) if (m.index >= at && m.index + m[0].length <= cue.start) from = m.index + m[0].length;
  const rest = from > at && from < at + fear.length ? fear.slice(from - at).replace(OCCASION, '') : '';
  return wordCount(rest) >= 4 && rest.includes(cue.word) ? rest : fear;
}
