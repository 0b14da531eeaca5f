// Why: a surname the article writes alone ("Davenport believes …") stays untyped when its full name had no sure sign either, so a
// "she said" right after it went to an older person; the full name given once ("Lindsay Davenport") is sign enough for the pronoun.
import { lexicons } from '../lexicon.js';
import type { Speaker } from '../types.js';
import { fullName, genderOf } from './name-lookup.js';
import type { NameIndex, NameMention } from './name-index.js';

/** The full names a one-word name ends, in the article's order: mentions of two words, a given name then this word, outside quotation marks. */
function longerNames(index: NameIndex, word: string): string[] {
  const { givenNames } = lexicons();
  const found = new Set<string>();
  for (const m of index.mentions) {
    const [first = '', last, extra] = m.name.split(' ');
    if (last === word && extra === undefined && !m.quoted && m.kind !== 'organisation' && givenNames.has(first.toLowerCase())) found.add(m.name);
  }
  return [...found];
}

/** How many mentions of the index end in the last word of each name asked for ("Lee" counts for "Ann Lee"), each name counted once. */
export function mentionsEnding(index: NameIndex): (name: string) => number {
  const counted = new Map<string, number>();
  return (name) => {
    let count = counted.get(name);
    if (count === undefined) {
      count = index.mentions.filter((m) => name.endsWith(m.name.slice(m.name.lastIndexOf(' ') + 1))).length;
      counted.set(name, count);
    }
    return count;
  };
}

/** A given name that the article never lengthens, typed as a person somewhere or the subject of three sentences or more. */
function isLoneGivenName(index: NameIndex, word: string): boolean {
  if (!lexicons().givenNames.has(word.toLowerCase())) return false;
  const own = index.mentions.filter((m) => m.name === word && !m.quoted);
  return own.some((m) => m.kind === 'person') || new Set(own.filter((m) => m.subject).map((m) => m.sentence)).size >= 3;
}

/** The first such full name, or null. */
const longerName = (index: NameIndex, word: string): string | null => longerNames(index, word)[0] ?? null;

/** Whether an untyped one-word subject may be the person a pronoun of `gender` in `sentence` means: it opens an earlier sentence, or
 * this one before the pronoun ("Clinton endorsed …, although she has"), or follows a fronted phrase's comma (not "said that Sanders
 * has", "think Clinton can"), the article gives it a given name, and no other sex. */
export function isLoneSurname(index: NameIndex, m: NameMention, sentence: number, gender: 'm' | 'f' | null): boolean {
  if (m.kind !== 'unknown' || m.quoted || !m.subject || m.name.includes(' ') || m.sentence > sentence || !/^,?$/.test(m.before)) return false;
  const longer = longerName(index, m.name);
  // "the base chief known as Bob": a given name the article uses alone as a subject again and again, with a sure sex, is a person.
  const full = longer ?? (isLoneGivenName(index, m.name) ? m.name : null);
  if (full === null) return false;
  const own = genderOf(index, full);
  // A given name alone must show its sex itself; a full name of no known sex may still be the pronoun's.
  return (longer !== null || own !== null) && (gender === null || own === null || own === gender);
}

/** The one full name (a given name then `word`) the article gives for an untyped one-word name; null with none or two ("Bill Clinton", "Hillary Clinton"). */
export function soleLongerName(index: NameIndex, word: string): string | null {
  const names = longerNames(index, word);
  return names.length === 1 ? (names[0] ?? null) : null;
}

/** A one-word name as the article gives it in full once ("Davenport" → "Lindsay Davenport"); a longer name as it is. */
export const withGivenName = (index: NameIndex, name: string): string => (name.includes(' ') ? name : (longerName(index, name) ?? name));

/** "Richards said" where the article gives "Cecile Richards" once and the index cannot lengthen the word: the speaker printed by that full name. */
export function withSoleLongerName(index: NameIndex, speaker: Speaker): Speaker {
  if (speaker.name.includes(' ') || fullName(index, speaker.name) !== speaker.name) return speaker;
  const longer = soleLongerName(index, speaker.name) ?? middleSurname(index, speaker.name) ?? spelledLongerName(index, speaker);
  return longer ? { ...speaker, name: longer, kind: 'person', title: speaker.title ?? index.titles.get(longer) ?? null } : speaker;
}

/** The full name the text spells for the word, read as a surname or as a given name; "Stephen" beside "John Stephen Jones" and
 * "Stephen Jones" names two people that way, so neither. */
function spelledLongerName(index: NameIndex, speaker: Speaker): string | null {
  const surname = spelledName(index, speaker);
  const given = spelledGivenName(index, speaker);
  return surname && given && surname !== given ? null : (surname ?? given);
}

/** The one full name the text spells for a surname the index could not lengthen; not for a body written with "the" ("The Hill"),
 * nor a surname the article also gives a title ("President Obama" is not the "Michelle Obama" of another line). */
function spelledName(index: NameIndex, speaker: Speaker): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(speaker.name) || /^the\s/i.test(speaker.mention ?? '')) return null;
  if (index.mentions.some((m) => m.name === speaker.name && m.title)) return null;
  const names = index.spelled?.get(speaker.name);
  return names?.size === 1 ? ([...names][0] ?? null) : null;
}

/** "“…,” Jane said" where the text writes "Jane Sanders" and no other full name opening on "Jane": a person called by a given
 * name alone, printed by the one full name the article spells for it. */
function spelledGivenName(index: NameIndex, speaker: Speaker): string | null {
  if (speaker.kind !== 'person' || !lexicons().givenNames.has(speaker.name.toLowerCase())) return null;
  const found = new Set<string>();
  for (const names of index.spelled?.values() ?? []) for (const name of names) if (name.startsWith(`${speaker.name} `)) found.add(name);
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** "Ms. Acosta" or "Acosta said" after "Melba Acosta Febo": a name of three words or more, opening on a given name, that holds the
 *  word inside it (a first surname, as Spanish names give two), when only one person's name does, none ends in it, and the word is
 *  no given name. */
function middleSurname(index: NameIndex, word: string): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || lexicons().givenNames.has(word.toLowerCase())) return null;
  const found = new Set<string>();
  for (const m of index.mentions) {
    const parts = m.name.split(' ');
    // "Jimmy Kimmel Live" beside "Jimmy Kimmel": a name the word ends is the one it stands for.
    if (parts.length >= 2 && parts.at(-1) === word) return null;
    const given = lexicons().givenNames.has(parts[0]?.toLowerCase() ?? '');
    // "Jimmy Kimmel Live", "The Rachel Maddow Show": a programme named after its host is no person's name.
    const show = /^(?:Live|Show|Tonight|Today|Hour|Report|Daily|Weekly|Now)$/.test(parts.at(-1) ?? '');
    if (m.kind === 'person' && !m.quoted && given && !show && parts.length >= 3 && parts.slice(1, -1).includes(word)) found.add(m.name);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
