// "could have" that tells of what did not happen — a chance missed, a fate escaped — rather than hedging a past fact.
import type { CueMatch } from './cues.js';

/** "I could have answered better", "we could have scored five": a speaker knows what they did; the modal weighs another course. */
const FIRST_PERSON = /\b(?:i|we)\s+(?:[\p{L}’'-]+\s+)?$/iu;
/** "No one could have predicted …", "nobody could have imagined", "a place she never could have imagined": what was not foreseen, not a fact in doubt. */
const NOBODY = /\b(?:no\s+one|nobody|none\s+of\s+us|never)\s+$/i;
/** "It could have been worse", "what could have been": the outcome that was spared or lost. */
const SPARED = /^could\s+have\s+been\s+(?:(?:much|far|a\s+lot|even|so\s+much)\s+)?(?:worse|better)\b/i;
/** "could have saved but didn't": the clause itself says it did not happen. */
const DID_NOT = /^could\s+have\s+[^.;:]{0,60}?\b(?:but|yet)\s+(?:did\s+not|didn['’]t|chose\s+not|never)\b/i;

/** "could not have been more delighted", "couldn't have been happier": an emphatic idiom that states the feeling outright. */
const EMPHATIC = /^could(?:\s+not|n['’]t)\s+have\s+been\s+(?:any\s+)?(?:more|less|happier|prouder|clearer|better|worse)\b/i;

/** "could not have moved forward without …", "couldn't have done it alone": what was impossible, said outright, not a hedge. */
const IMPOSSIBLE = /^could(?:\s+not|n['’]t)\s+have\b/i;
/** "It could have been prevented", "the crash could have been avoided": the harm came, so the modal names a course not taken. */
const PREVENTABLE = /^could\s+have\s+been\s+(?:(?:easily|so\s+easily|entirely)\s+)?(?:prevented|avoided|averted|stopped|spared)\b/i;
/** "… could have accomplished more if only he'd fought harder", "… could have settled it, instead opting to …". */
const UNREAL_AFTER = /^could\s+have\b[^.;:!?]*?\b(?:if\s+only|instead|if\s+(?:[\p{L}’'-]+\s+){1,3}had\b)/iu;
/** "It would have been far better if he had released them then, when voters could have considered them." */
const UNREAL_BEFORE = /\bwould\s+have\s+been\s+(?:(?:far|much|a\s+lot|even)\s+)?(?:better|wiser|easier|fairer|preferable)\s+(?:if|had)\b[^;:!?]*$/i;
/** "I realised it could have exploded": a danger seen afterwards, which did not come. */
const REALISED = /\breali[sz](?:ed|es|ing)\s+(?:that\s+)?(?:it|he|she|they|we|you|i|this|that|things)\s+$/i;
/** "What it could have been": the presidency as it might have gone, against what it was. */
const WHAT_IT = /\bwhat\s+(?:[\p{L}’'-]+\s+){0,2}$/iu;

/** "concessions they might not otherwise have agreed to": what would have happened without the fact the sentence states. */
const OTHERWISE = /^(?:may|might|could|would)(?:\s+not|n['’]t)?\s+otherwise\b/i;

/** Whether a "could have" cue tells of what did not happen. */
export function isCounterfactual(m: CueMatch, text: string): boolean {
  const rest = text.slice(m.at);
  if (EMPHATIC.test(rest) || IMPOSSIBLE.test(rest) || PREVENTABLE.test(rest) || UNREAL_AFTER.test(rest) || OTHERWISE.test(rest)) return true;
  if (!/^could\s+have\b/i.test(rest)) return false;
  const before = text.slice(0, m.at);
  if (WHAT_IT.test(before) && /^could\s+have\s+been\s*(?:[.,;:!?"”]|$|(?:is|are|was|were)\b)/i.test(rest)) return true;
  if (UNREAL_BEFORE.test(before)) return true;
  return FIRST_PERSON.test(before) || NOBODY.test(before) || REALISED.test(before) || SPARED.test(rest) || DID_NOT.test(rest);
}
