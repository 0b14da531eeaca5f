// "The derogatory comments had two goals, the admiral said. … “…,” he said": a role or epithet that speaks in place of a name
// is a mention of the person it stands for, whom a later "he" or "she" goes on with.
import { lexicons } from '../lexicon.js';
import type { Sentence } from '../types.js';
import { isTitleWord } from './capital-runs.js';
import { epithetBetween } from './epithet-openers.js';
import { personByEpithet } from './epithet.js';
import type { NameIndex, NameMention } from './name-index.js';
import { fullName, genderOf } from './name-lookup.js';
import { isRoleWordLower } from './name-words.js';
import { personByRole } from './office-holder.js';

const SAY = '(?:said|says|added|told|tells|explained|recalled|insisted|noted|wrote)';
/** "The actress said …", ", the admiral said.", "said the admiral": "the", at most three lower-case words, the head. */
const OPENING = new RegExp(`^(?:(?:But|And|Then|Later|Now|So),?\\s+)?The\\s+((?:[\\p{Ll}\\d-]+\\s+){0,3}?)([\\p{Ll}-]+)\\s+${SAY}\\b`, 'u');
const INVERTED = new RegExp(
  `(?:,[”"’]?\\s+the\\s+((?:[\\p{Ll}\\d-]+\\s+){0,3}?)([\\p{Ll}-]+)\\s+${SAY}|\\b${SAY}\\s+the\\s+((?:[\\p{Ll}\\d-]+\\s+){0,3}?)([\\p{Ll}-]+))[.,]`,
  'u',
);

/** Sentence index → the role or epithet noun that speaks in it, outside quotation marks. */
export function epithetVoices(sentences: readonly Sentence[], quoted: (s: Sentence, offset: number) => boolean): Map<number, string> {
  const voices = new Map<number, string>();
  for (const s of sentences) {
    const m = OPENING.exec(s.text) ?? INVERTED.exec(s.text);
    const head = m?.[2] ?? m?.[4];
    // "the former president" is not the president now: a word that says the title is not held leaves the voice out.
    const held = !(m?.[1] ?? m?.[3] ?? '').split(/\s+/).some((w) => lexicons().titleQualifiers.has(w));
    if (m && head && held && !quoted(s, m.index + 2) && (isRoleWordLower(head) || isTitleWord(head))) voices.set(s.index, head);
  }
  return voices;
}

/**
 * The person a "he" or "she" in `sentence` means when a role or epithet spoke after the person the pronoun search found
 * (`person`) and in the three sentences before: the one it stands for, when the sex agrees and no person is a subject since.
 * Else `person`, unless another topic opened since (`epithetBetween`).
 */
export function personByEpithetVoice(index: NameIndex, person: NameMention | null, sentence: number, gender: 'm' | 'f' | null): NameMention | null {
  const kept = person && !epithetBetween(index, person, sentence) ? person : null;
  const paragraph = index.paragraphs?.get(sentence) ?? 0;
  const from = Math.max(sentence - 3, (person?.sentence ?? -1) + 1);
  for (let k = sentence - 1; k >= from && (index.paragraphs?.get(k) ?? -1) >= paragraph - 1; k--) {
    const head = index.epithetVoices?.get(k);
    if (index.mentions.some((m) => m.sentence > k && m.sentence < sentence && m.subject && !m.quoted && m.kind === 'person')) return kept;
    if (!head) continue;
    const meant = personByRole(index, head, k, 0) ?? personByEpithet(index, head, k, 0);
    const sex = meant ? genderOf(index, fullName(index, meant.name)) : null;
    return meant && (sex === null || gender === null || sex === gender) ? meant : kept;
  }
  return kept;
}
