// Lookups in the name index: the full name of a surname, the person a pronoun or a role means, an acronym's long form.
import { isAskedBy } from './asked-answers.js';
import { isIntroduced } from './introduced-person.js';
import { lexicons } from '../lexicon.js';
import { SUBORDINATOR } from './attribution/clause-scope.js';
import { isNotName, isSuffix, isTitleWord } from './capital-runs.js';
import { courtesySex, settledSex, titleSex } from './name-gender.js';
import type { NameIndex, NameMention } from './name-index.js';
import { isArticle, type Token } from './tokens.js';
import { keepsFirstName, plainNameWord } from './name-forms.js';
import { isPronounCandidate } from './pronoun-candidate.js';
import { isReportedSubject } from './reported-subject.js';
import { titledSurname } from './titled-surname.js';

export { isKnownPerson } from './people-of.js';

/** A person's gender where the article shows it: a gendered title or role, else a first name used by one sex only. */
export function genderOf(index: NameIndex, name: string): 'm' | 'f' | null {
  const title = index.titles.get(name) ?? '';
  const titled = titleSex(title);
  const [first = ''] = name.split(' ');
  const { firstNames, leaningNames } = lexicons();
  const votes = index.pronounVotes?.get(name) ?? { m: 0, f: 0 };
  // "Trump spokesman Hope Hicks", "committee chairman Ann Lee": an office in "-man" is worn by women too, so with a woman's first
  // name it settles nothing, and neither does the name ("spokesman Lu Kang" gives the family name first): only the pronouns can.
  if (titled === 'm' && /\p{Ll}man$/u.test(title) && firstNames.get(first.toLowerCase()) === 'f') return settledSex(votes);
  if (titled) return titled;
  const known = firstNames.get(first.toLowerCase()) ?? settledSex(votes);
  if (known) return known;
  // A name one sex mostly bears ("Bill") counts unless the article's pronouns give the person the other sex more often.
  const leaning = leaningNames.get(first.toLowerCase());
  return leaning && votes[leaning] >= votes[leaning === 'm' ? 'f' : 'm'] ? leaning : null;
}

/** True when a mention outside quotation marks in another sentence than `sentence` passes `test`: the article uses the name elsewhere. */
export function namedElsewhere(index: NameIndex, sentence: number, test: (m: NameMention) => boolean): boolean {
  return index.mentions.some((m) => m.sentence !== sentence && !m.quoted && test(m));
}

/** Whether `name` is the fullest form the article gives of some person's name (`Edmund Gerald "Jerry" Brown`), read once over the index. */
export function isFullName(index: NameIndex, name: string): boolean {
  for (const full of index.fullNames.values()) if (full === name) return true;
  return false;
}

/** Whether the article gives `name` as it stands: a mention, a person's fullest name, or a body named before a lower-case head. */
export function isIndexedName(index: NameIndex, name: string): boolean {
  // The tail of a run counts: "US Court of Appeals" from "San Francisco-based US Court of Appeals".
  const given = (m: NameMention): boolean => m.name === name || m.run === name || m.run.endsWith(` ${name}`);
  return index.mentions.some(given) || isFullName(index, name) || (index.bodyPhrases ?? []).some((p) => p.name === name);
}

/** The fullest form of a person's name that the article gives. */
export function fullName(index: NameIndex, name: string): string {
  const parts = name.split(' ');
  if (parts.length === 1) {
    // "Shaer" after "Nasser al-Shaer": an Arabic surname's article may be left off.
    const article = ['al-', 'Al-', 'el-', 'El-'].map((a) => index.fullNames.get(a + name)).find((n) => n !== undefined);
    return index.fullNames.get(name) ?? article ?? nearSurname(index, name) ?? name;
  }
  // "Sagun Jr." → "Melencio de Sagun Jr.": a generational suffix is no surname.
  const surnameOf = (n: string): string =>
    n
      .split(' ')
      .filter((p) => !isSuffix(p))
      .at(-1) ?? n;
  const surname = surnameOf(name);
  const longer = index.fullNames.get(surname);
  // "George Bush" → "George W. Bush": the longer name keeps every word given, the first name first (never "Jeb Bush" → "George W. Bush").
  const keeps = longer !== undefined && keepsFirstName(parts, longer) && parts.every((p) => longer.split(' ').map(plainNameWord).includes(plainNameWord(p)));
  return longer && keeps && longer.split(' ').length > parts.length && surnameOf(longer) === surname ? longer : (titledSurname(index, parts, longer) ?? name);
}

/** A surname the article spells once with one letter changed ("Leibowitz" for "Leibovitz"): reporters' typos, not new people. */
function nearSurname(index: NameIndex, name: string): string | null {
  if (name.length < 6) return null;
  for (const [surname, full] of index.fullNames) {
    if (surname.length !== name.length || surname.slice(0, 2) !== name.slice(0, 2)) continue;
    let diff = 0;
    for (let i = 0; i < name.length && diff < 2; i++) if (surname[i] !== name[i]) diff++;
    if (diff === 1) return full;
  }
  return null;
}

export const OBJECT_PREPOSITIONS = new Set([
  'with',
  'to',
  'of',
  'by',
  'from',
  'against',
  'for',
  'about',
  'on',
  'at',
  'into',
  'toward',
  'towards',
  'between',
  'among',
]);

/** A phrase that follows a preposition (and its article) is the preposition's object: `at the harbour service`. */
export function followsPreposition(tokens: readonly Token[], phrase: readonly Token[]): boolean {
  const at = phrase[0] ? tokens.indexOf(phrase[0]) : -1;
  const k = isArticle(tokens[at - 1]?.text ?? '') ? at - 2 : at - 1;
  const word = tokens[k]?.text.toLowerCase() ?? '';
  return word === 'in' || (word !== 'by' && OBJECT_PREPOSITIONS.has(word));
}

/** Whether a mention stands before a place in the text: an earlier sentence, or earlier in the same one. */
export function mentionBefore(m: NameMention, sentence: number, offset: number): boolean {
  return m.sentence < sentence || (m.sentence === sentence && m.start < offset);
}

/** The person a pronoun most likely means: the latest person in subject position, else the latest named at all. */
export function recentPerson(index: NameIndex, sentence: number, offset: number, gender: 'm' | 'f' | null = null): NameMention | null {
  let fallback: NameMention | null = null;
  let unproven: NameMention | null = null;
  const paragraphOf = (k: number): number => index.paragraphs?.get(k) ?? -1;
  const here = paragraphOf(sentence);
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (!m || !mentionBefore(m, sentence, offset)) continue;
    if (sentence - m.sentence > 6) break;
    if (m.quoted) continue;
    // A two- or three-word recent subject no evidence makes a body can be the "he" or "she"; so can a first name after "said".
    const spoke = /^(said|says|added|asked|explained)$/.test(m.before);
    const shape = /^\S+ \S+( \S+)?$/.test(m.name) || (spoke && lexicons().givenNames.has(m.name.toLowerCase()));
    if (m.kind === 'unknown' && m.subject && !unproven && sentence - m.sentence <= 1 && shape && !isReportedSubject(index, m, sentence)) {
      unproven = m;
      // "When Tony Naar was asked …, he said", "said Jared. “…,” he said": a fronted clause's subject, or who just spoke, comes first.
      const own = gender ? genderOf(index, m.name) : null;
      const fronted = m.sentence === sentence && (SUBORDINATOR.test(m.before) || SUBORDINATOR.test(m.run.split(' ')[0] ?? ''));
      if ((fronted || spoke) && (own === null || own === gender)) return m;
    }
    if (!isPronounCandidate(index, m, sentence, gender)) continue;
    // "she" is not the man named last: skip a person whose gender the article shows to be the other one.
    const known = gender ? (courtesySex(m.title) ?? genderOf(index, fullName(index, m.name))) : null;
    if (known && known !== gender) continue;
    // "Hill said … \n\n However, as Ann Lee … told reporters, “…” She added": a person named in the pronoun's own paragraph, not
    // as an object, comes before a subject in an earlier one; "the hospital where Sharon is treated", "to explain who Ali
    // was" and "whether Trump will be" hold no such subject.
    // "He said … Mr Houston …. He added:", "He portrayed Mr Ebbers …. “…,” he said": past an opening "He" the "he" goes on (never to an object).
    // "Mayor John Reed would be in the front line, he said. “…,” he promised": the second "he" is the first's, not Reed.
    // "Though Ms. Olivieri has lived there …, she said": a fronted clause's subject may be the reporter herself.
    const reported = m.sentence < sentence && index.pronounReporters?.get(m.sentence) === gender && !SUBORDINATOR.test(m.before);
    const chain = !fallback && gender && m.sentence < sentence && ((m.start > 0 && index.pronounOpeners?.get(m.sentence) === gender) || reported);
    const chained = chain ? recentPerson(index, m.sentence, 0, gender) : null;
    if (chain && (chained || m.subject)) return chained ?? m;
    if (chain) continue;
    if (m.subject && sentence - m.sentence <= 3 && !/^(where|who|what|how|why|whether)$/.test(m.before) && !isReportedSubject(index, m, sentence))
      return fallback && ((paragraphOf(fallback.sentence) === here && paragraphOf(m.sentence) !== here) || isAskedBy(fallback, m)) ? fallback : m;
    // "I met with Sanders in his office …. He's looking ahead …": whom the writer met or spoke with is no mere object.
    const met = /^(with|to)$/.test(m.before) && index.writerOpeners?.has(m.sentence) === true;
    if (!fallback && (!OBJECT_PREPOSITIONS.has(m.before) || m.agent || met || isIntroduced(m, sentence)) && m.before !== 'than') fallback = m;
  }
  // That recent subject comes before an older person who was no subject ("after Donald Trump won").
  return unproven && !fallback?.subject ? unproven : fallback;
}

/** The body a bare "a spokesperson" speaks for: the latest organisation in subject position, a few sentences back at most. */
export function recentOrganisation(index: NameIndex, sentence: number, offset: number): NameMention | null {
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (!m || !mentionBefore(m, sentence, offset)) continue;
    if (sentence - m.sentence > 3) break;
    if (m.kind === 'organisation' && m.subject && !m.quoted) return m;
  }
  return null;
}

/** The latest organisation named in full whose last word is `head` ("council" → "Mainland Affairs Council"). */
export function organisationByHead(names: NameIndex, head: string, sentence: number, modifiers: readonly Token[] = []): string | null {
  for (let i = names.mentions.length - 1; i >= 0; i--) {
    const m = names.mentions[i];
    if (!m || m.sentence > sentence) continue;
    const words = m.run.split(/\s+/);
    // "the Socialist party" is no "Green Party": the capitalised words before the head are in the name it stands for.
    if (!modifiers.every((w) => words.includes(w.text))) continue;
    const [first = ''] = words;
    // "the ministry" → "Ministry of Finance", "the board" → "Illinois Board of Elections"; "the minister" is no "Minister for Trade".
    const ofWhat = (w: string, k: number): boolean =>
      w.toLowerCase() === head && /^(of|for)$/i.test(words[k + 1] ?? '') && k + 2 < words.length && !isTitleWord(w);
    const named = words.at(-1)?.toLowerCase() === head || words.some(ofWhat);
    // "Now the FBI" at a sentence's start is the FBI, not a longer name for it.
    const opener = isNotName(first) || lexicons().sentenceAdverbs.has(first.toLowerCase());
    // "San Francisco-based US Court of Appeals": where a body is based is not part of its name.
    if (words.length >= 2 && named && m.kind !== 'person' && !opener) return m.run.replace(/^.*\S-based\s+(?=\p{Lu})/u, '');
  }
  return null;
}

/** The body named as a subject in the sentence before `sentence`, in the same paragraph: what a "they" right after it means. */
export function subjectBodyBefore(index: NameIndex, sentence: number): NameMention | null {
  if (index.paragraphs?.get(sentence - 1) !== index.paragraphs?.get(sentence)) return null;
  const found = index.mentions.filter((m) => m.sentence === sentence - 1 && m.subject && m.kind === 'organisation' && !m.quoted);
  return found.length === 1 ? (found[0] ?? null) : null;
}
