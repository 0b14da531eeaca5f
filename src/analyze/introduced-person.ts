// Why: "courtesy of Wes Nakagiri, a delegate from Michigan …. “…,” he said": a person the sentence before introduces with a
// role is the pronoun's likeliest antecedent, though named after a preposition; recentPerson otherwise passes such objects by.
import type { NameMention } from './name-types.js';
import { isCourtesy } from './name-words.js';

/** Whether `m` is a person given a role (not a courtesy title: "with Mr. Trump") in the sentence right before `sentence`. */
export const isIntroduced = (m: NameMention, sentence: number): boolean =>
  m.kind === 'person' && m.title !== null && !isCourtesy(m.title) && m.sentence === sentence - 1;
