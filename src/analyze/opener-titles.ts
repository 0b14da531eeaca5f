// Why: a story often names a person, then goes on with their office as the subject ("Michelle Obama sees despair in America. The
// first lady suggested …"); the office never stood beside the name, so the person's quotes went without a title.
import { lexicons } from '../lexicon.js';
import type { Sentence } from '../types.js';
import type { NameIndex, NameMention } from './name-index.js';
import { fullName, isKnownPerson } from './name-lookup.js';
import { hasRoleTitle } from './name-roles.js';
import { isKinWord } from './name-words.js';

/** "The first lady suggested", "Then the governor ordered", "In a speech in Edinburgh, the prime minister said", "The Russian
 *  leader has": up to three words after the "the" that opens the sentence (or its clause after a fronted phrase of place or time),
 *  the last in lower case, those before it in lower case or a capitalised modifier. */
const OPENER =
  /^(?:(?:But|And|Then|Later|Now|So|Yet),?\s+)?(?:(?:In|On|At|After|Before|During|Earlier|Last|This|Speaking|Addressing|Writing)\b[^,.;:"“”]{0,50},\s+)?(?:The|(?<=, )the)\s+((?:(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+)\s+){0,2}[\p{Ll}-]+\s+)/u;

/** Words before a name that make it a place or a thing, not someone who may hold the office. */
const PLACE_PREP = /^(?:in|at|on|from|to|across|near|of|for)$/;

/** Title words that are no office on their own: forms of address ("Sir", "Lady Ferris"; "first lady" is an office), and
 *  words that only qualify a role or name a body ("prime", "federal", "party"). */
const NOT_OFFICE =
  /^(?:sir|dame|lord|lady|mr|mrs|ms|miss|dr|prof|vice|prime|deputy|under|foreign|defen[cs]e|finance|trade|health|justice|home|state|federal|national|acting|opposition|party|members?|officials|spokesmen|witness)$/;

/** The office the opener names ("first lady", "governor"): its words up to the last title word, which a verb or adverb follows. */
function officeOf(words: readonly string[]): string | null {
  const { titles, titleQualifiers } = lexicons();
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k] ?? '';
    if (!titles.has(word) || titleQualifiers.has(word) || isKinWord(word) || (NOT_OFFICE.test(word) && !(word === 'lady' && words[k - 1] === 'first')))
      continue;
    // "The most unlikely candidate": a judgement, not an office.
    const judged = words.slice(0, k).some((w) => /^(?:most|least|very|so|too)$|ly$|est$/.test(w));
    return judged || titles.has(words[k + 1] ?? '') ? null : words.slice(0, k + 1).join(' ');
  }
  return null;
}

/**
 * Records the office a sentence of narration opens on as the title of the one person who was the subject of the sentence just
 * before (same paragraph or the one before), when that person has no title and nobody else there could hold it.
 */
export function addOpenerTitles(names: NameIndex, sentences: readonly Sentence[], quoted: (s: Sentence, offset: number) => boolean): void {
  for (const s of sentences) {
    if (s.index === 0 || quoted(s, 0)) continue;
    const office = officeOf(OPENER.exec(s.text)?.[1]?.trim().split(/\s+/) ?? []);
    if (!office) continue;
    const paragraph = names.paragraphs?.get(s.index) ?? 0;
    const near = names.mentions.filter((m) => !m.quoted && m.sentence === s.index - 1 && (names.paragraphs?.get(m.sentence) ?? 0) >= paragraph - 1);
    const people = near.filter((m) => m.kind === 'person' || isKnownPerson(names, fullName(names, m.name)));
    // Anyone else named there may hold the office, a name the index cannot type too, unless it follows a preposition ("in America").
    const mayHold = (m: NameMention): boolean => people.includes(m) || (m.kind === 'unknown' && !PLACE_PREP.test(m.before));
    const subjects = new Set(people.filter((m) => m.subject).map((m) => fullName(names, m.name)));
    const [person] = subjects;
    // Another person in that sentence may be the one the office means ("Trump attacked Clinton. The senator replied").
    if (subjects.size !== 1 || person === undefined || near.some((m) => fullName(names, m.name) !== person && mayHold(m))) continue;
    // "The former finance officer said Mr Ebbers knew …": an office whose sentence names the person is someone else's; so is one
    // another person's title ends on.
    const head = office.split(' ').pop() ?? '';
    const other = [...names.titles].some(([name, title]) => name !== person && title.toLowerCase().split(/\s+/).includes(head));
    if (other || names.mentions.some((m) => m.sentence === s.index && fullName(names, m.name) === person)) continue;
    if (!hasRoleTitle(names.titles, person)) names.titles.set(person, office);
  }
}
