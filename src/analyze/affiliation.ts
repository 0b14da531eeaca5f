// Why: "David Page, of Investec Securities, said", "Carl Emmerson, from the Institute for Fiscal Studies,": where the article gives
// a person no role, the body or place they speak from is what tells the reader who they are; any role the article gives replaces it.
import { lexicons } from '../lexicon.js';
import { hasAge, withoutAge } from './age-aside.js';
import { closesApposition } from './bare-role.js';
import { isVerb } from './phrase-words.js';
import { isCapitalised, textsOf, type Token } from './tokens.js';

/** Words that may join a body's capitalised name ("Institute for Fiscal Studies", "Bank of England", "Johnson & Johnson"). */
const JOIN = /^(?:of|for|and|&|the|de|du|la)$/;

/** The affiliation after a name of two words or more from `first` to `last`: ", of Investec Securities," or " of CNN said"; ", for
 *  the Liberal Democrats," only after a comma ("Smith for President"). Null unless a capitalised name follows and the phrase closes there;
 *  a name of one word ("Manhattan, from South Carolina") may be a place's. */
export function affiliationAfter(tokens: readonly Token[], first: number, last: number): string | null {
  if (last === first) return null;
  if (hasAge(tokens, last)) return affiliationAfter(withoutAge(tokens, last), first, last); // "Harry Bond, 30, of Raleigh,"
  const comma = tokens[last + 1]?.text === ',';
  const k = comma ? last + 2 : last + 1;
  const prep = tokens[k]?.text ?? '';
  if (!/^(?:of|from)$/.test(prep) && !(comma && prep === 'for')) return null;
  const start = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1;
  let j = start;
  const named = (t: Token | undefined): boolean => t?.kind === 'word' && isCapitalised(t.text) && !/['’]s?$/.test(t.text);
  // "Refugee and Immigration Legal Centre", not "of Dover and Tim Hill": an "and" before a given name starts the next person.
  const person = (k: number): boolean => tokens[k]?.text === 'and' && lexicons().givenNames.has(tokens[k + 1]?.text.toLowerCase() ?? '');
  const joins = (k: number): boolean => JOIN.test(tokens[k]?.text ?? '') && named(tokens[k + 1]) && !person(k);
  while (j < start + 8 && (named(tokens[j]) || (j > start && joins(j)))) j++;
  if (j === start) return null;
  // "Name of CNN said": without a comma the phrase must end at the verb of saying.
  const closed = closesApposition(tokens, j) || (!comma && lexicons().reportingVerbs.has(tokens[j]?.text ?? ''));
  return closed ? textsOf(tokens.slice(k, j)).join(' ') : null;
}

/** Whether a title is an affiliation alone ("of Investec Securities"), which a role named later replaces. */
export const isAffiliation = (title: string): boolean => /^(?:of|from|for) /.test(title);

/** A title as a sign that a name is a person's: the run's own ("Dr."), or a role; an affiliation is none, as a body has one too ("the
 *  Armenian Patriarchate of Jerusalem"), and it would make two people of "Robin Ashdown of Radio Kent" and "Casey Ashdown of the Kent
 *  Echo" whose shared surname the index then gives to the first. */
export const asEvidence = (title: string | null, own: string | null): string | null => own ?? (title !== null && !isAffiliation(title) ? title : null);

/** "said a top lawyer, Andrew Pincus of the law firm Mayer Brown.": an "of" or "from" phrase after the name at `i` that runs, with no
 *  verb, a capitalised word in it and at most eight words, to the sentence's end; it closes the apposition before the name as a comma would. */
export function closesOnAffiliation(tokens: readonly Token[], i: number): boolean {
  if (!/^(?:of|from)$/.test(tokens[i]?.text ?? '')) return false;
  let j = i + 1;
  while (j < tokens.length && tokens[j]?.kind === 'word' && !isVerb(tokens[j])) j++;
  const words = tokens.slice(i + 1, j);
  return words.length > 0 && words.length <= 8 && words.some((t) => isCapitalised(t.text)) && closesApposition(tokens, j);
}
