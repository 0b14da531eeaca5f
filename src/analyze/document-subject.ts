// "The report warned of …", "Although …, the survey found …", "…, the study concluded.": a document that is the subject of a
// voicing verb in the sentence, where nothing else there holds the worry, holds it for its owner, or as itself when the article
// names none (the same reading an "It warned" after it gets).
import type { Sentence } from '../types.js';
import type { NameIndex } from './name-index.js';

/** The owner, committee or document that voices the sentence ("the report notes", ", said the report."), else null. */
export function documentSubject(sentence: Sentence, names: NameIndex): string | null {
  return names.voicingSource?.(sentence.index) ?? null;
}
