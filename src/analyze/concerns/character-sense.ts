// "weak" said of a person, an argument or a stance ("Rubio is weak on immigration", "a weak candidate", "the case is very
// weak"), and a word of scorn said of a person ("She's a disgrace", "called him a mess"), are character or horse-race attacks,
// not criticism that points to a harm (GUIDELINE.md, hard cases).
import { isOrgWord } from '../name-words.js';

/** After a bare "weak": a predicate's end (punctuation, a quote or bracket closing), a stance ("on") or a simile ("like"). */
const PREDICATIVE = /^(?:\s*(?:[,.;:!?"”’')—–]|-\s|$)|\s+(?:on|like)\b)/;
/** "a weak candidate", "weak leaders": the person it is said of. */
const PERSON_HEAD = /^\s+(?:candidates?|leaders?|presidents?|nominees?|politicians?|m[ae]n|wom[ae]n|persons?|people)\b/i;

/** Words of scorn that say what a person is, not what harm they do. */
const SCORN = /^(disgrace(ful)?|mess|absurd|selfish|crude|shameful)$/i;
const DEGREE = String.raw`(?:(?:such|a|an|just|really|truly|so|total|real|complete|absolute|national|big|hot)\s+){0,3}["\u201C]?`;
/** "She's a disgrace", "you were so selfish", "he has been a mess": a person is the subject of the word. */
const PERSON_IS = new RegExp(
  String.raw`\b(?:she|he|you)(?:['\u2019]s|['\u2019]re|\s+is|\s+was|\s+are|\s+were|\s+has\s+been|['\u2019]s\s+been)\s+${DEGREE}$`,
  'i',
);
/** "calling him “a disgrace", "called Clinton a disgrace": a person named as the word. */
const CALLED_PERSON = new RegExp(
  String.raw`\bcall(?:s|ed|ing)?\s+(?:him|her|them|\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,2})\s+(?:as\s+)?["\u201C]?${DEGREE}$`,
  'u',
);

/** Whether a word of criticism is an attack on a person's character or a campaign's standing rather than on a harm. */
export function isCharacterAttack(text: string, word: string, start: number, end: number): boolean {
  if (SCORN.test(word)) {
    const before = text.slice(Math.max(0, start - 60), start);
    // "resign in disgrace": a person's fall, not a harm.
    return PERSON_IS.test(before) || CALLED_PERSON.test(before) || /\bin\s+$/i.test(before);
  }
  if (/^fraud$/i.test(word)) return isPersonAsFraud(text, start, end);
  if (word.toLowerCase() !== 'weak') return false;
  const after = text.slice(end);
  return PREDICATIVE.test(after) || PERSON_HEAD.test(after);
}

/** "Donald Trump is a fraud", "expose him as a fraud", "the fraud that he is": a person called one, no fraud committed. */
const PERSON_AS = /(?:\b(?:he|she|him|her|himself|herself)|(\p{Lu}[\p{L}'’.-]+))\s+(?:is|was|['’]s|as)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}["“'‘]?$/u;

function isPersonAsFraud(text: string, start: number, end: number): boolean {
  if (/^\s+(?:that|who)\s+(?:he|she)\s+(?:is|was)\b/.test(text.slice(end))) return true;
  const m = PERSON_AS.exec(text.slice(Math.max(0, start - 80), start));
  // "Trump University is a fraud": a body called one is accused of the deed.
  return m !== null && !(m[1] && isOrgWord(m[1]));
}
