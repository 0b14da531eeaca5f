// The gender the article itself gives a person: the pronouns that follow them as the subject of a sentence.
import { lexicons } from '../lexicon.js';
import type { Sentence } from '../types.js';
import { SUBORDINATOR } from './attribution/clause-scope.js';
import type { NameMention } from './name-index.js';

const MALE = /^(he|him|his|himself)$/i;
const FEMALE = /^(she|her|hers|herself)$/i;
/** Quoted words speak of someone else: "Lee said: “he lied”" says nothing of Lee. */
const QUOTED = /["“][^"“”]*["”]/g;

/** The first gendered pronoun in a text outside its quotations, or null. */
function firstPronoun(text: string): 'm' | 'f' | null {
  for (const word of text.replace(QUOTED, ' ').match(/\p{L}+/gu) ?? []) {
    if (MALE.test(word)) return 'm';
    if (FEMALE.test(word)) return 'f';
  }
  return null;
}

/** The sex a title gives: "Mr.", "Lord", "chairman", "son" a man's; "Mrs.", "Queen", "first lady", "spokeswoman", "daughter" a woman's. */
export function titleSex(title: string): 'm' | 'f' | null {
  const t = title.toLowerCase();
  if (/\b(mr\.?|sir|lord|king|prince|(?:grand)?father|brother|(?:grand)?son|husband|widower|nephew|uncle|boyfriend|(?:\w+)?man)$/.test(t) && !/woman$/.test(t))
    return 'm';
  return /\b(mrs\.?|ms\.?|miss|dame|lady|queen|princess|(?:grand)?mother|sister|(?:grand)?daughter|wife|widow|niece|aunt|girlfriend|(?:\w+)?woman)$/.test(t)
    ? 'f'
    : null;
}

/** Each person's pronoun votes: how often the article's pronouns gave them each sex. */
export type PronounVotes = Map<string, Readonly<Record<'m' | 'f', number>>>;

/** The sex a person's votes settle: two votes or more, one sex's at least twice the other's. */
export function settledSex(v: Readonly<Record<'m' | 'f', number>>): 'm' | 'f' | null {
  if (v.m + v.f < 2) return null;
  if (v.m > 0 && v.m >= 2 * v.f) return 'm';
  return v.f > 0 && v.f >= 2 * v.m ? 'f' : null;
}

/** The first possessive or reflexive pronoun in a text ("called out his rival"): an object "him" or "her" may be the next person's. */
function ownPronoun(text: string): 'm' | 'f' | null {
  const word = /\b(his|himself|hers|herself)\b/i.exec(text.replace(QUOTED, ' '))?.[1]?.toLowerCase();
  return word === undefined ? null : MALE.test(word) ? 'm' : 'f';
}

/** Person nouns of each sex, one list for the predicate after a name and for a noun anywhere before it. */
const FEMALE_NOUNS = 'women|woman|mother|wife|daughter|sister|girl|widow|grandmother|actress';
const MALE_NOUNS = 'men|man|father|husband|son|brother|boy|widower|grandfather|actor';

const PREDICATE = new RegExp(
  `^\\s*(?:,\\s*(?:a|an|the)|\\s(?:is|was)\\s+(?:a|an|the|one of the))\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:(?<f>${FEMALE_NOUNS})|(?<m>${MALE_NOUNS}))(?=\\s*[.,;:]|\\s+(?:who|that|to|in|of|from|elected|ever|with|at|on)\\b)`,
  'u',
);
const FEMALE_NOUN = new RegExp(`\\b(?:${FEMALE_NOUNS}|girls|lady)\\b`, 'i');
const MALE_NOUN = new RegExp(`\\b(?:${MALE_NOUNS}|boys)\\b`, 'i');

/** The sex of a person noun in a text ("a woman who …"), or null for none or both. */
function nounSex(text: string): 'm' | 'f' | null {
  const f = FEMALE_NOUN.test(text);
  const m = MALE_NOUN.test(text);
  return f === m ? null : f ? 'f' : 'm';
}

/** "Omar is one of the first two Muslim women elected", "Lee, a father of three,": the sex a predicate noun right after a name gives. */
function predicateSex(text: string): 'm' | 'f' | null {
  const found = PREDICATE.exec(text)?.groups;
  return found ? (found.f ? 'f' : 'm') : null;
}

/** The sex of a courtesy title ("Mrs."), or null for another title or none. */
export const courtesySex = (title: string | null | undefined): 'm' | 'f' | null => (/^(?:Mr|Mrs|Ms|Miss)\.?$/.test(title ?? '') ? titleSex(title ?? '') : null);

/** Whether a courtesy title's sex ("Mrs.") is not the one the lists give the full name's first name ("Bill"). */
function courtesyDisagrees(title: string | null | undefined, name: string): boolean {
  const courtesy = courtesySex(title);
  const first = (name.split(' ')[0] ?? '').toLowerCase();
  const listed = lexicons().firstNames.get(first) ?? lexicons().leaningNames.get(first) ?? null;
  return courtesy !== null && listed !== null && listed !== courtesy;
}

/**
 * For each person the article names as the only person of a sentence, the pronoun that follows them there or opens the
 * next sentence ("Sanders spoke … He said"); for a subject named before others, a possessive before the next name.
 */
export function pronounVotes(sentences: readonly Sentence[], mentions: readonly NameMention[], fullName: (name: string) => string): PronounVotes {
  const votes = new Map<string, { m: number; f: number }>();
  const bySentence = new Map<number, NameMention[]>();
  // A name not known as a person but the subject of a verb ("Axelrod emailed her") may be the "he" too: another person.
  const persons = new Set(mentions.filter((m) => m.kind === 'person').map((m) => fullName(m.name)));
  const isPerson = (m: NameMention): boolean => m.kind === 'person' || persons.has(fullName(m.name));
  for (const m of mentions)
    if ((isPerson(m) || (m.kind === 'unknown' && m.subject)) && !m.quoted) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const [index, list] of bySentence) {
    const [first] = list;
    const sentence = sentences[index];
    if (!first || !isPerson(first) || sentence?.index !== index) continue;
    // "Lindsey Graham called out his rival Donald Trump": a subject owns the pronouns before the next person is named.
    // "Mr. Clinton's style … in ways Mrs. Clinton's …": one surname under two courtesy titles is two people.
    const sexes = (m: NameMention): boolean =>
      courtesySex(m.title) !== null && courtesySex(first.title) !== null && courtesySex(m.title) !== courtesySex(first.title);
    const other = list.find((m) => m.start > first.end && (fullName(m.name) !== fullName(first.name) || sexes(m)));
    // Not the subject of a fronted clause: in "After Ann Lee accused him, he said" both pronouns are another person's.
    if (other && (!first.subject || SUBORDINATOR.test(first.before))) continue;
    const next = sentences[index + 1];
    const after = sentence.text.slice(first.end, other?.start);
    const opening = !other && next && next.paragraph === sentence.paragraph ? (/^\s*(he|she)\b/i.exec(next.text)?.[1] ?? '') : '';
    const said = predicateSex(sentence.text.slice(first.end));
    const gender = said ?? (other ? ownPronoun(after) : (firstPronoun(after) ?? firstPronoun(opening)));
    if (!gender) continue;
    // "A woman who has accused Bill Clinton of rape said … her": a person noun of that sex before the name may own the pronoun.
    if (!said && nounSex(sentence.text.slice(0, first.start)) === gender) continue;
    const name = fullName(first.name);
    // "Mrs. Clinton … She" votes for no Bill Clinton, the Clinton named in full first: the courtesy and the first name disagree.
    // Nor "Mr. Clinton … her": a pronoun of the other sex than the courtesy title is another person's.
    if (courtesyDisagrees(first.title, name) || (courtesySex(first.title) ?? gender) !== gender) continue;
    const v = votes.get(name) ?? { m: 0, f: 0 };
    // What the sentence says the person is settles it alone: two votes.
    v[gender] += said ? 2 : 1;
    votes.set(name, v);
  }
  return votes;
}
