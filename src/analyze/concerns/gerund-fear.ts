// "warning residents of impending attacks", "denouncing the president's efforts": an "-ing" form governs its object as the verb does,
// but the scope only knows the verb's finite forms, so a concern cued by the participle kept the whole sentence as its fear.
import type { Predicate } from './predicates.js';
import { readableScope } from './readable-scope.js';
import { scopeOf, VERB_CUE } from './scope.js';
import { allMatches } from '../../all-matches.js';

/** "-ing" forms read as adjectives far more than as verbs ("a worrying trend", "frightening scenes"): their object is no fear. */
const ADJECTIVAL = /^(?:worrying|frightening|alarming)$/i;
/** A word before the "-ing" form that makes it an adjective or a noun: "a threatening letter", "the warning", "more alarming". */
const MODIFIER_BEFORE = /\b(?:a|an|the|this|that|these|those|its|his|her|their|our|my|your|more|most|less|very|so|too|increasingly)\s+$/i;
/** A sentence that opens on an adjunct ("In her statement condemning the test, Clinton …", "But while denouncing …, she …"). */
const ADJUNCT_OPENER = /^["“]?(?:But\s+|And\s+|Even\s+)?(?:In|On|At|With|While|When|Whil(?:e|st)|As|After|Before|Since|Although|Though|If|By|For|Despite)\s/u;
/** Where the participle's object ends: a double dash, a next participle ("…, accusing …", "… and calling for …"), a bare "but". */
const OBJECT_END = /\s--\s|,?\s+and\s+\p{Ll}+ing\s|,\s+\p{Ll}+ing\s|\sbut\s/u;
/** A finite verb: in an object it shows the participle's phrase ran into the main clause ("… denouncing Trump grew louder"). */
const FINITE = /(?:^|\s)(?:is|are|was|were|has|have|had|hasn['’]t|haven['’]t|will|would|can|could|may|might|grew|grows)\s/gi;
/** A relative clause opened just before a finite verb ("an app that is overwhelmed"): the verb is the object's own. */
const RELATIVE_BEFORE = /\b(?:that|who|whom|which|where|whose)\s+(?:\S+\s+){0,4}$/i;
/** A question mark, a quotation closed after a comma, or a comma and a pronoun: a second sentence or clause inside the object. */
const RUN_ON = /\?|,["”]\s|,\s+(?:he|she|they|I|we|it|you)\s/u;

/** The finite form the scope knows for an "-ing" verb cue: "warning" → "warns", "criticizing" → "criticizes"; null if none. */
function finiteOf(word: string): string | null {
  const stem = word.replace(/ing$/i, '');
  return [`${stem}s`, `${stem}es`, `${stem.replace(/ll$/i, 'l')}s`].find((w) => VERB_CUE.test(w)) ?? null;
}

/** An object (not a "that" clause, nor what one fears) holding a finite verb of its own: the main clause, not the object. */
function runsIntoMainClause(object: string, clause: boolean): boolean {
  if (RUN_ON.test(object)) return true;
  return !clause && allMatches(object, FINITE).some((m) => !RELATIVE_BEFORE.test(object.slice(0, m.index)));
}

/** For a fear left as the sentence by an "-ing" verb cue, what the verb governs when the scope finds it; otherwise the fear. */
export function gerundFear(text: string, cue: Predicate, fear: string): string {
  const before = text.slice(0, cue.start);
  if (fear !== text || !/ing$/i.test(cue.word) || ADJECTIVAL.test(cue.word) || MODIFIER_BEFORE.test(before) || /^["“‘]?$/u.test(before.trim())) return fear;
  const finite = finiteOf(cue.word);
  if (!finite) return fear;
  const verb = { ...cue, word: finite };
  let object = readableScope(text, verb, scopeOf(text, verb));
  if (object === text) return fear;
  object = object.split(OBJECT_END)[0] ?? object;
  // "In her statement condemning the test, Clinton …": the object ends with the adjunct, at its comma.
  if (ADJUNCT_OPENER.test(text) && !before.includes(',')) object = object.split(', ')[0] ?? object;
  const at = text.indexOf(object, cue.end);
  const clause = /^fear/i.test(cue.word) || (at > 0 && /\bthat\s+$/i.test(text.slice(cue.end, at)));
  return runsIntoMainClause(object, clause) ? fear : object;
}
