// Why: "The prospect of Trump TV is a source of real anxiety for some inside Fox": the subject is what is feared, and the
// phrase after "for" is who fears it, so the fear is the subject, not the words after the cue.
import { isWorryAdjective } from '../worry-words.js';
import type { Predicate } from './predicates.js';

/** A feeling the subject causes ("a source of anxiety"), not a harm it is ("the source of instability", whose clause is the fear). */
const FEELING = /^(?:anxiety|anxieties|concerns?|worry|worries|fears?|alarm|unease|apprehension|dread)$/i;

/** "X is/was/has become a (great) source of (real) anxiety for …": the subject, up to its verb. */
const SOURCE_OF =
  /^(.{8,160}?)\s+(?:is|are|was|were|has\s+become|have\s+become|became|remains?|remained)\s+(?:an?\s+|the\s+)?(?:(?:great|major|big|real|growing|constant|serious|considerable)\s+)?sources?\s+of\s+(?:(?:real|great|growing|deep|serious|considerable|some)\s+)?$/i;

/** The subject of "X is a source of anxiety for Y" as the fear when the cue is the anxiety; the fear as it is otherwise. */
export function sourceFear(text: string, cue: Predicate, fear: string): string {
  if (!FEELING.test(cue.word)) return fear;
  const subject = SOURCE_OF.exec(text.slice(0, cue.start))?.[1];
  // "Mottaki stated that Iran believes that the presence of troops is …": the subject is the last clause's.
  const clause = subject?.split(/\bthat\s+/).at(-1);
  return clause
    ? clause
        .replace(/^(?:but|and|yet|so|even)\s+/i, '')
        .replace(/,\s*$/, '')
        .trim()
    : fear;
}

/** "so concerned about the rumors that she went to …": the result clause after "that" tells what she did, not what she feared. */
const SO_CUE = /\bso\s+(?:\p{Ll}+ly\s+)?$/iu;

/** The fear cut before the result clause of "so worried about X that …"; the fear as it is otherwise. */
export function resultFear(text: string, cue: Predicate, fear: string): string {
  // Only a feeling whose object follows it: "so shameful that you ignored …" and "so reckless … that" state what the "that" says.
  if (!isWorryAdjective(cue.word) || !SO_CUE.test(text.slice(Math.max(0, cue.start - 20), cue.start)) || text.indexOf(fear) < cue.end) return fear;
  const cut = fear.search(/\s+that\s+/);
  return cut > 0 ? fear.slice(0, cut) : fear;
}
