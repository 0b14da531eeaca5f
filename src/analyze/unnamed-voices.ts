// Sentences in which someone the article does not name speaks ("A neighbour, who was walking his dog, said …"): a "he" or
// "she" after one most often stands for that voice, not for a person named before it.
import type { Sentence } from '../types.js';

const WOMAN = /^(woman|mother|girl|wife|daughter|sister|grandmother|lady|widow|aunt|niece|businesswoman|spokeswoman|congresswoman|chairwoman)$/;
const MAN = /^(man|father|boy|husband|son|brother|grandfather|widower|uncle|nephew|businessman|spokesman|congressman|chairman)$/;

/**
 * An indefinite person ("a neighbour", "one resident", "another student at Hartwell College") as the subject of a verb of
 * saying, past an aside in commas or a "who" clause. The noun is the last lower-case word before the verb or the "at …".
 */
const VOICE =
  /(?:^|[,:;][”"’]?\s+|\band\s+)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\p{L}-]+\s+){0,3}?[\p{Ll}-]+)(?:\s+(?:at|from|of|in|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}?)?(?:\s*,[^,"“”]{1,90},|\s+who\s+[^,"“”]{1,70},?)?\s+(?:said|says|told|tells|wrote|writes|explained|recalled|added)\b/u;

/** Sentence index → the sex the unnamed voice's noun gives it, or null when the noun says none. */
export function unnamedVoices(sentences: readonly Sentence[]): Map<number, 'm' | 'f' | null> {
  const voices = new Map<number, 'm' | 'f' | null>();
  for (const s of sentences) {
    const m = VOICE.exec(s.text);
    if (!m) continue;
    const noun = (m[1] ?? '').split(/\s+/).pop()?.toLowerCase() ?? '';
    voices.set(s.index, WOMAN.test(noun) ? 'f' : MAN.test(noun) ? 'm' : null);
  }
  return voices;
}

/** Whether an unnamed voice speaks after sentence `from` and before sentence `to`, and may be the pronoun's `gender`. */
export function unnamedVoiceBetween(voices: ReadonlyMap<number, 'm' | 'f' | null> | undefined, from: number, to: number, gender: 'm' | 'f' | null): boolean {
  for (const [k, sex] of voices ?? []) if (k > from && k < to && (sex === null || gender === null || sex === gender)) return true;
  return false;
}
