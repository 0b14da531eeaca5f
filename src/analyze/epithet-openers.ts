// "… Dean Martin as a pilot. The writer was known for …. “…,” he once said": a sentence of narration whose subject is an
// epithet ("The writer", "The 23-year-old") moves the story to whoever the epithet means, so a later "he" need not be the
// person named before it.
import type { Sentence } from '../types.js';
import type { NameIndex, NameMention } from './name-index.js';
import { fullName } from './name-lookup.js';
import { personByRole } from './office-holder.js';
import { isRoleWordLower } from './name-words.js';
import { personByEpithet } from './epithet.js';

const OPENER = /^(?:(?:But|And|Then|Later|Now|So|Yet),?\s+)?The\s+((?:[\p{Ll}\d-]+\s+){1,3})/u;

/** Sentence index → the role or epithet noun a sentence of narration opens on as its subject ("writer" for "The writer was …"). */
export function epithetOpeners(sentences: readonly Sentence[], quoted: (s: Sentence, offset: number) => boolean): Map<number, string> {
  const openers = new Map<number, string>();
  for (const s of sentences) {
    const words = quoted(s, 0) ? [] : (OPENER.exec(s.text)?.[1]?.trim().split(/\s+/) ?? []);
    const head = words.find(isRoleWordLower);
    if (head) openers.set(s.index, head);
  }
  return openers;
}

/**
 * Whether a sentence between `person`'s mention and `sentence` opens on an epithet that does not mean that person; only for
 * a person named outside subject position ("starring … Dean Martin as a pilot"), who was no topic the epithet could go on with.
 */
export function epithetBetween(index: NameIndex, person: NameMention, sentence: number): boolean {
  if (person.subject) return false;
  const name = fullName(index, person.name);
  for (let k = person.sentence + 1; k < sentence; k++) {
    const head = index.epithetOpeners?.get(k);
    if (!head) continue;
    const meant = personByRole(index, head, k, 0) ?? personByEpithet(index, head, k, 0);
    if (!meant || fullName(index, meant.name) !== name) return true;
  }
  return false;
}
