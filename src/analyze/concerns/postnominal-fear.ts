// Why: "Residents worried about flooding have asked the council for barriers" printed "flooding have asked the council …": a worry
// adjective right after its noun describes the sentence's subject, and what it fears ends where the sentence's own verb begins.
import { isWorryAdjective } from '../worry-words.js';
import { lexicons } from '../../lexicon.js';
import { isPastForm } from '../past-form.js';
import type { Predicate } from './predicates.js';

const PREPOSITION = /^\s+(?:about|over|of|by)\s/i;
/** Before the adjective: the sentence's start or an opener set off by a comma, then a noun phrase with no verb of its own. */
const SUBJECT_BEFORE = /(?:^|^[^,;:“”"]*,\s*)(?:(?:but|and|yet|so)\s+)?(?:[\p{L}’'-]+\s+){1,5}$/iu;
const FINITE =
  /^(?:am|is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must|say|says|want|wants|plan|plans|urge|urges|call|calls|fear|fears)$/i;
/** A word of the phrase before the adjective that makes it a clause ("They were worried about", "who seemed worried"). */
const CLAUSE_WORD =
  /^(?:i|you|he|she|it|we|they|who|which|that|seemed|seems|seem|feel|feels|felt|became|become|grew|grow|remain|remains|remained|got|get|gets|left|leaves|made|makes|kept|keeps)$/i;
/** Words after which a verb belongs to the fear's own clause ("flooding and asked", "rules that passed"). */
const JOINS = /^(?:and|or|but|nor|that|which|who|whom|whose|if|whether|when|where|why|how|than|as|because|while)$/i;

/** The fear of a worry adjective set after its subject noun, cut before the sentence's verb; the fear unchanged otherwise. */
export function postnominalFear(text: string, cue: Predicate, fear: string): string {
  if (!isWorryAdjective(cue.word) || !PREPOSITION.test(text.slice(cue.end))) return fear;
  const before = text.slice(0, cue.start);
  const subject = SUBJECT_BEFORE.exec(before)?.[0] ?? '';
  if (!subject || subject.split(/\s+/).some((w) => FINITE.test(w) || CLAUSE_WORD.test(w) || isPastForm(w))) return fear;
  // "With leaders worried about X, Obama is …": an absolute phrase, whose fear ends at the comma that closes it.
  if (/^with\s/i.test(subject)) return fear.includes(',') ? fear.slice(0, fear.indexOf(',')) : fear;
  const words = fear.split(/(\s+)/);
  let at = 0;
  for (let k = 0; k < words.length; k += 2) {
    const word = words[k] ?? '';
    const prior = words[k - 2] ?? '';
    const verb = FINITE.test(word) || isPastForm(word) || lexicons().reportingVerbs.has(word);
    if (k > 0 && verb && !JOINS.test(prior) && !/[,;:]$/.test(prior)) return fear.slice(0, at).trimEnd();
    if (JOINS.test(word)) return fear;
    at += word.length + (words[k + 1]?.length ?? 0);
  }
  return fear;
}
