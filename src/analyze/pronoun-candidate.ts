// Why: recentPerson is at its size limit; which mentions a "he" or "she" may mean beyond typed people is decided here.
import { isLoneSurname } from './lone-surname.js';
import type { NameIndex, NameMention } from './name-index.js';
import { isOutrankedOwner } from './possessive-mention.js';

/** Whether a "he" or "she" of `gender` in `sentence` may mean `m`: a person, or an untyped surname that opens a sentence, and not an
 * owner ("Fowler's double strike") whose sentence names another person as an actor. */
export function isPronounCandidate(index: NameIndex, m: NameMention, sentence: number, gender: 'm' | 'f' | null): boolean {
  return (m.kind === 'person' || isLoneSurname(index, m, sentence, gender)) && !isOutrankedOwner(index, m);
}
