// Why: "Xinhua, the official Chinese news agency, wrote", "Verizon, the telecommunications giant": a lower-case description whose head
// is a kind of body says the name is that body, so it speaks as an organisation, not as a person titled "news agency".
import type { Speaker } from '../types.js';
import { plainSpeakerTitle } from './honorific-title.js';
import { BODY_NOUN } from './name-roles.js';

/** Body nouns that also name a person's trade ("a Florida developer", "a letter carrier"): those stay a person's role. */
const TRADE = /^(?:maker|manufacturer|developer|carrier|provider|publisher|label|studio|consultancy)$/;

/** The speaker as an organisation when a person's title is only a lower-case description of a body ("official Chinese news agency"). */
export function bodyByTitle(speaker: Speaker | null): Speaker | null {
  if (speaker?.kind !== 'person' || !speaker.title) return speaker;
  const words = speaker.title.split(/\s+/);
  // A capitalised word ("Scottish National Party") or a preposition ("head of the group") makes it an affiliation or a role.
  const head = words.at(-1) ?? '';
  if (
    !BODY_NOUN.test(head) ||
    TRADE.test(head) ||
    words.length > 5 ||
    !words.every((w) => /^[\p{Ll}-]+$/u.test(w) || /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u.test(w))
  )
    return speaker;
  if (words.some((w) => /^(?:of|at|for|in|with|from|on|to|by|and)$/.test(w))) return speaker;
  return { ...speaker, kind: 'organisation', title: null };
}

/** The speaker as the brief prints it: a plain title (honorific-title.ts), and a body described as one typed as a body. */
export const printableSpeaker = (speaker: Speaker | null, roleOf: (name: string) => string | null): Speaker | null =>
  bodyByTitle(plainSpeakerTitle(speaker, roleOf));
