// Whether a name the resolver widened a lone word or pronoun to is sure enough to print as a holder.
import { lexicons } from '../lexicon.js';
import type { NameIndex } from './name-index.js';
import { settledSex } from './name-gender.js';
import type { Token } from './tokens.js';

/**
 * A lone word or pronoun the resolver widened to a full name ("Israel" → "Southern Israel", "Twitter" → "Wilayat Twitter")
 * is kept only when the name reads as a person's: a known first name, or a title the article gives it.
 */
export function isLikelyExpansion(phrase: readonly Token[], name: string, kind: string, names: NameIndex): boolean {
  const words = phrase.filter((t) => t.kind === 'word');
  if (words.length !== 1 || kind !== 'person' || name === words[0]?.text || !name.includes(' ')) return true;
  // split always yields at least one piece.
  const [first = ''] = name.split(/\s+/);
  // A surname widened to a name whose first name either sex bears ("Clinton" → "Tony Blair"'s "Tony") is a person; a
  // pronoun widened to one is not sure to agree with it ("she" → "Bill Clinton").
  const given = lexicons().pronouns.has(words[0]?.text.toLowerCase() ?? '') ? lexicons().firstNames : lexicons().givenNames;
  if (given.has(first.toLowerCase()) || names.titles.has(name) || /^\p{Lu}\.$/u.test(first)) return true;
  // "Tony Blair … he": a first name both sexes bear agrees when the article's pronouns settle the person's sex, or the name leans that way.
  const gender = lexicons().pronouns.get(words[0]?.text.toLowerCase() ?? '')?.gender;
  const sex = settledSex(names.pronounVotes?.get(name) ?? { m: 0, f: 0 }) ?? lexicons().leaningNames.get(first.toLowerCase());
  return gender !== null && gender !== undefined && sex === gender;
}
