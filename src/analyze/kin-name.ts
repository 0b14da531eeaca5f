// "His wife Sharon", "his wife, Jane,", "a resident named Caroline": a lone given name a kin noun or "named" introduces is a person,
// though the article never gives the surname that would type it.
import { lexicons } from '../lexicon.js';
import type { Token } from './tokens.js';

const KIN = /^(wife|husband|daughter|son|mother|father|brother|sister|widow|widower|grandson|granddaughter|named)$/i;

/** Whether the one-word name at `first` is a given name right after a kin noun or "named", a comma between allowed. */
export function isKinName(tokens: readonly Token[], first: number): boolean {
  const word = tokens[first]?.text.toLowerCase() ?? '';
  if (!lexicons().givenNames.has(word)) return false;
  const prev = tokens[first - 1];
  const lead = prev?.text === ',' ? tokens[first - 2] : prev;
  return !!lead && KIN.test(lead.text);
}
