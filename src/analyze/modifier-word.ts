// Why: "the Mexican border and adding", "The Republican nominee also outlined": a capital word before a lower-case noun modifies it and names no one.
import { lexicons } from '../lexicon.js';
import type { Sentence, Speaker } from '../types.js';
import { isClauseHead } from './speaker-check.js';
import type { Token } from './tokens.js';

/**
 * A speaker resolved from "the" or "a" and one capital word that, in the sentence, goes on with a lower-case noun ("the Mexican border"):
 * not a name but a modifier, so no speaker. Not before a verb or an adverb ("The Pentagon says", "the Rainmakers sang"), a word a body's name takes ("The Guardian
 * newspaper"), or a function word.
 */
export function modifierOnly(phrase: readonly Token[], sentence: Sentence, speaker: Speaker | null): Speaker | null {
  if (!speaker || speaker.kind === 'person' || speaker.name.includes(' ') || phrase.length !== 2) return speaker;
  const [det, word] = phrase;
  if (!det || !word || !/^(the|a|an)$/i.test(det.text) || !/^\p{Lu}/u.test(word.text)) return speaker;
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)(?=[\s,.;:!?]|$)/u.exec(sentence.text.slice(word.end - sentence.start))?.[1];
  if (!next) return speaker;
  const { functionWords, reportingVerbs, irregularPast, orgWords, documentWords } = lexicons();
  if ([functionWords, reportingVerbs, irregularPast, orgWords, documentWords].some((set) => set.has(next)) || isClauseHead(next)) return speaker;
  // "-ed" and "-s" forms may be the verb ("The Kremlin denied", "The Pentagon warns"), "-ly" an adverb before it ("The Atlantic recently noted").
  return /(?:ed|s|ly)$/.test(next) ? speaker : null;
}
