// "The report warned of …": a document that opens its sentence as the subject of a voicing verb holds the worry for its
// owner, or as itself when the article names none (the same reading an "It warned" after it gets).
import type { Sentence } from '../types.js';
import type { NameIndex } from './name-index.js';
import { VOICE } from './voicing-sources.js';

/** A determiner, at most six words ending on a lower-case noun, then a voicing verb: the sentence's own opening subject. */
const OPENS = new RegExp(`^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+(?:[\\p{L}'’-]+\\s+){0,6}?\\p{Ll}+\\s+(?:also\\s+|further\\s+)?${VOICE}\\b`, 'u');

/** The owner, committee or document an opening "The report warned" stands for, else null. */
export function documentSubject(sentence: Sentence, names: NameIndex): string | null {
  return OPENS.test(sentence.text) ? (names.voicingSource?.(sentence.index) ?? null) : null;
}
