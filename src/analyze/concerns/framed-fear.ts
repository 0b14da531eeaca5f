// Why: "Owens says the group may be facing a loss of its tax status": a harm framed as possible ("may", "could") that a source's
// reporting verb introduces is feared in the clause that verb reports, not in the whole sentence with its attribution.
import type { Predicate } from './predicates.js';
import { readableScope } from './readable-scope.js';
import { harmScopeOf } from './scope.js';

/** Verbs that open a reported clause after their subject ("states" is too often the noun: "If states received …"). */
const OPENS_CLAUSE = /^(?:said|says|say|told|tells|warned|warns|added|adds|argued|argues|noted|notes|stated|wrote|writes|believes?|predicted|predicts)$/i;

/** The fear of a framed harm: the clause a reporting verb before it reports, unless the verb follows what was said ("…,” added Clarke). */
export function framedFear(text: string, harm: Predicate, voice: RegExpExecArray | undefined): string {
  if (!voice || !OPENS_CLAUSE.test(voice[0]) || /[”"]\s*$/.test(text.slice(0, voice.index))) return text;
  const end = voice.index + voice[0].length;
  return end < harm.start ? readableScope(text, harm, harmScopeOf(text, harm, end)) : text;
}
