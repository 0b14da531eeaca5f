// Why: an unnamed source is described once ("a source close to him said", "according to a person familiar with the talks") and then
// called "the source" or "the person"; the brief printed the bare noun ("— source"), which tells a reader nothing.
import type { Sentence, Speaker } from '../types.js';
import { isRoleNoun } from './name-words.js';
import { lexicons } from '../lexicon.js';
import type { NameIndex } from './name-types.js';

/** An unnamed person described: up to three words before the noun, and what places them ("familiar with …", "close to …", "at …"). */
const DESCRIBED =
  /(?<!\b(?:is|was|are|were|be|been|being|as|became|becomes|remains|remained)\s)\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\p{Ll}\p{Lu}][\p{L}.’'-]*\s+){0,3}?(\p{Ll}+))(\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of|briefed\s+on|at|from|in|with|for|of)(?:\s+(?!(?:\p{Ll}+ed|which|that|and|but|said|says|told|did|does|do|has|had|have|is|was|were|are|will|would|could|can|may|might|should)\b)[\p{L}\d’'&-]+(?:\.(?=\p{L}))?){1,6})?(?=\s*(?:[,;:]|\.(?:\s|$)|$|(?:who|said|says|told|did|does|do|has|had|have|is|was|were|are|will|would|could|can|may|might|should|\p{Ll}+ed)\b))/gu;

/** Nouns for people the brief may print described: sources and roles, not "a man" alone (a scene, rarely a source). */
const isVoiceNoun = (noun: string): boolean =>
  /^(?:source|person|official|aide|adviser|advisor|insider|staffer|strategist|operative|diplomat|analyst|expert|officer|executive)$/.test(noun) ||
  (isRoleNoun(noun) && lexicons().speakingRoles.has(noun));

/** Sentence index → the unnamed people it describes, in order: the noun and the words that describe it ("source close to him"). */
export function describedVoices(sentences: readonly Sentence[]): Map<number, { noun: string; phrase: string }[]> {
  const found = new Map<number, { noun: string; phrase: string }[]>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(DESCRIBED)) {
      const noun = m[2] ?? '';
      if (!isVoiceNoun(noun)) continue;
      const phrase = `${m[1] ?? ''}${(m[3] ?? '').replace(/\s+$/, '')}`.replace(/\s+/g, ' ').trim();
      if (phrase.split(' ').length > 1) found.set(s.index, [...(found.get(s.index) ?? []), { noun, phrase }]);
    }
  }
  return found;
}

/** "the source said" → "source close to him": the latest description before `sentence` with the same noun, for a speaker the
 *  article never names; the bare noun stays when there is none, or when two described people share the noun. */
export function withDescription(names: NameIndex, sentence: Sentence, speaker: Speaker | null): Speaker | null {
  const noun = speaker?.kind === 'unknown' && !speaker.title ? /^(?:the|that|this)\s+(\p{Ll}+)$/iu.exec(speaker.mention ?? '')?.[1] : undefined;
  if (!speaker || !noun || speaker.name !== noun) return speaker;
  const before = [...(names.described ?? [])].filter(([k]) => k <= sentence.index).flatMap(([, list]) => list.filter((d) => d.noun === noun));
  const phrases = new Set(before.map((d) => d.phrase));
  const last = before.at(-1);
  return last && phrases.size === 1 ? { ...speaker, name: last.phrase } : speaker;
}

/** Whether a name is a description the article gave an unnamed person (a holder need not repeat its words in its own sentence). */
export const isDescribed = (names: NameIndex, name: string): boolean =>
  [...(names.described?.values() ?? [])].some((list) => list.some((d) => d.phrase === name));
