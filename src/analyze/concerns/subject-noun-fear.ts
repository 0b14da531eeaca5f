// Why: "Current fears about a potential plague outbreak are perhaps being fuelled by …" printed the fear on past the sentence's verb;
// a worry noun that is the subject fears the phrase after its "about", "over" or "of", which ends where the main verb begins.
import type { Predicate } from './predicates.js';

/** A worry noun that takes its fear after a preposition. */
const WORRY_NOUN = /^(?:fears?|concerns?|worr(?:y|ies)|anxiet(?:y|ies)|unease|jitters|doubts?|alarm)$/i;
const PREPOSITION = /^\s+(?:about|over|of|regarding|surrounding)\s/i;
/** Before the noun: the sentence's start, or an opener set off by a comma, a conjunction, then a determiner and adjectives only. */
const SUBJECT_START =
  /(?:^|^[^,;:“”"]*,\s*)(?:(?:but|and|yet|so|now)\s+)?(?:(?:the|these|those|such|some|many|growing|mounting|rising|increasing|lingering|renewed|heightened|widespread|current|new|deep|deepening|serious|early|initial|public|global|international|local|economic|security|safety|health)\s+){0,3}$/iu;
/** The main verb that ends the noun's phrase: an auxiliary, a copula or a verb that worries do. */
const MAIN_VERB =
  /\s(?:are|were|is|was|have|has|had|will|would|could|may|might|can|continue[sd]?|grew|grow|mounted|remain(?:s|ed)?|rose|eased|weighed|linger(?:s|ed)?|persist(?:s|ed)?|deepened|intensified|prompted|sparked|fuell?ed|drove|sent|hit|hurt|triggered)\b/i;
/** A clause inside the phrase, whose own verb the main verb would be taken for ("fears of a war that could spread"). */
const CLAUSE = /\b(?:that|which|who|whom|whose|whether|what|how|why|when|where|if)\b/i;

/** The fear of a subject worry noun, cut where the sentence's main verb begins; the fear unchanged otherwise. */
export function subjectNounFear(text: string, cue: Predicate, fear: string): string {
  if (!WORRY_NOUN.test(cue.word) || !PREPOSITION.test(text.slice(cue.end)) || !SUBJECT_START.test(text.slice(0, cue.start))) return fear;
  const verb = MAIN_VERB.exec(fear);
  if (!verb || verb.index === 0 || CLAUSE.test(fear.slice(0, verb.index))) return fear;
  return fear.slice(0, verb.index).replace(/[\s,]+$/, '');
}
