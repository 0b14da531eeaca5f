// `“Donald Trump has his share of support here,” he said.`: a pronoun is not the person the quotation names in full.
import type { Speaker } from '../types.js';
import { lexicons } from '../lexicon.js';
import type { Token } from './tokens.js';

/** True when `phrase` is a lone pronoun resolved to a person whose full name the quotation itself gives: a speaker seldom names themselves so. */
export function namedInside(phrase: readonly Token[], speaker: Speaker, quotation: string): boolean {
  const [only] = phrase;
  if (phrase.length !== 1 || !only || !lexicons().pronouns.has(only.text.toLowerCase())) return false;
  return speaker.kind === 'person' && speaker.name.includes(' ') && quotation.includes(speaker.name);
}
