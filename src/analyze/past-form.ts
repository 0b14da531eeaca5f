// A past form a clause's verb may take, told from the word alone: many of the rules read it as the sign of a clause, not a name.
import { lexicons } from '../lexicon.js';

/** A lower-case word in "-ed" ("unveiled") or an irregular past ("came", "took"). */
export const isPastForm = (word: string): boolean => /^\p{Ll}+ed$/u.test(word) || lexicons().irregularPast.has(word);

/** A finite verb told from the word alone: a past form, or a form of "be" or "have" ("is spread", "has reached"). */
export const isFiniteForm = (word: string): boolean => isPastForm(word) || /^(?:is|was|are|were|has|had|have)$/.test(word);
