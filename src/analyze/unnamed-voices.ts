// Sentences in which someone the article does not name speaks ("A neighbour, who was walking his dog, said …"): a "he" or
// "she" after one most often stands for that voice, not for a person named before it.
import { lexicons } from '../lexicon.js';
import type { Sentence } from '../types.js';
import { isRoleNoun } from './name-words.js';

/** An unnamed voice: the words that name it ("a spokeswoman for the Transport Workers Alliance") and the sex its noun gives. */
export interface UnnamedVoice {
  phrase: string;
  sex: 'm' | 'f' | null;
}

const WOMAN = /^(woman|mother|girl|wife|daughter|sister|grandmother|lady|widow|aunt|niece|businesswoman|spokeswoman|congresswoman|chairwoman)$/;
const MAN = /^(man|father|boy|husband|son|brother|grandfather|widower|uncle|nephew|businessman|spokesman|congressman|chairman)$/;
/** People the role lists do not hold: "an eyewitness", "a native", "one attendee". */
const PERSON = /^(representative|native|attendee|ally|magistrate|eyewitness|hopeful)$/;

/** A noun for a person ("neighbour", "witness", "official") the sex nouns above leave out; not a thing that speaks ("one tweet") or a stray word ("who", "was"). */
const isPersonNoun = (noun: string): boolean => isRoleNoun(noun) || lexicons().speakingRoles.has(noun) || PERSON.test(noun);

/**
 * An indefinite person ("a neighbour", "one resident", "another student at Hartwell College") as the subject of a verb of
 * saying, past an aside in commas or a "who" clause.
 */
const VOICE =
  /(?:^|[,:;][”"’]?\s+|\band\s+)((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\p{L}-]+\s+){0,3}?[\p{Ll}-]+)(?:\s+(?:at|from|of|in|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}?)?)(?:\s*,[^,"“”]{1,90},|\s+who\s+[^,"“”]{1,70},?)?\s+(?:said|says|told|tells|wrote|writes|explained|recalled|added)\b/u;

/** "…," said a Home Office spokesman; according to a CityRail spokeswoman: a spokesman for a body named in capitals, after the verb. */
const INVERTED = /\b(?:said|says|added|[Aa]ccording to)\s+((?:a|an)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(spokes(?:man|woman|person)))\b/u;

/** Sentence index → the unnamed voice that speaks in it. */
export function unnamedVoices(sentences: readonly Sentence[]): Map<number, UnnamedVoice> {
  const voices = new Map<number, UnnamedVoice>();
  for (const s of sentences) {
    const m = VOICE.exec(s.text) ?? INVERTED.exec(s.text);
    if (!m) continue;
    // "spokesperson for the king": the noun is the head before a preposition.
    const noun =
      (m[2] ?? '')
        .split(/\s+(?:for|at|of|from|in|with)\s+/)[0]
        ?.split(/\s+/)
        .pop()
        ?.toLowerCase() ?? '';
    const sex = WOMAN.test(noun) ? 'f' : MAN.test(noun) ? 'm' : null;
    if (sex === null && !isPersonNoun(noun)) continue;
    const phrase = (m[1] ?? '').trim().replace(/^(A|An|One|Another)\b/, (d) => d.toLowerCase());
    voices.set(s.index, { phrase, sex });
  }
  return voices;
}

/** The latest unnamed voice after sentence `from` and before sentence `to` that may be the pronoun's `gender`, or null. */
export function unnamedVoiceBetween(voices: ReadonlyMap<number, UnnamedVoice> | undefined, from: number, to: number, gender: 'm' | 'f' | null): string | null {
  let latest: [number, string] | null = null;
  for (const [k, { phrase, sex }] of voices ?? [])
    if (k > from && k < to && (sex === null || gender === null || sex === gender) && (!latest || k > latest[0])) latest = [k, phrase];
  return latest?.[1] ?? null;
}
