// Names and roles inside noun phrases: a name after its description, a role with its defining phrase ("a person close to X").
import { lexicons } from '../lexicon.js';
import { closesOnAffiliation } from './affiliation.js';
import { bodyNameEnd, capitalisedRunEnd } from './body-name.js';
import { isTitleWord } from './capital-runs.js';
import { isRoleNoun } from './name-words.js';
import { NP_STOP, isVerb } from './phrase-words.js';
import { nameAfterRole } from './role-then-name.js';
import { isArticle, isCapitalised, isPossessive, type Token } from './tokens.js';

const LOWER_FUNCTION = /^(the|a|an|of|for|to|in|on|at|and|or|with|from|by|his|her|their|its|our|my|your)$/;

/** Words that read as a person's name: two or three capitalised words, or up to five with a first name or a title ("Rep. Jane Doakes", "Jonathan Greenblatt"). */
export function isNameLike(words: readonly Token[]): boolean {
  if (words.length === 0 || words.length > 5) return false;
  if (!words.every((t) => t.kind === 'word' && isCapitalised(t.text) && !/['’]s?$/.test(t.text) && !/^[RDI]-/.test(t.text))) return false;
  const { firstNames, titles } = lexicons();
  // Two or three capitalised words are a name too: the first-name list leaves out names given to both sexes ("Donald").
  return (
    (words.length >= 2 && words.length <= 3) || words.some((t) => firstNames.has(t.text.toLowerCase()) || titles.has(t.text.toLowerCase().replace(/\.$/, '')))
  );
}

/** Two people's names joined by "and", the surname shared or not ("David and Jeanne Heidler", "Ann Lee and Tom Baker"). */
export function isNamePair(words: readonly Token[]): boolean {
  const and = words.findIndex((t) => t.text === 'and');
  const [first, second] = [words.slice(0, and), words.slice(and + 1)];
  return and > 0 && first.every((t) => isCapitalised(t.text) && !isPossessive(t.text)) && isNameLike(second) && first.length <= 3;
}

/** A description rather than a name: it has a lower-case word that is not a function word ("Rubio’s deputy campaign manager", "the leader of the League"). */
export function isDescription(words: readonly Token[]): boolean {
  // "The Higher Education Minister, Kim Howells,": after "the", an office in capitals is a description too.
  if (words.length >= 2 && isArticle(words[0]?.text ?? '') && lexicons().titles.has(words.at(-1)?.text.toLowerCase() ?? '')) return true;
  // "The Secretary of State, John Reid,": an office in capitals with its "of" domain.
  if (isArticle(words[0]?.text ?? '') && lexicons().titles.has(words[1]?.text.toLowerCase() ?? '') && words[2]?.text === 'of') return true;
  return words.some((t) => t.kind === 'word' && !isCapitalised(t.text) && !LOWER_FUNCTION.test(t.text) && !/^\d/.test(t.text));
}

/** Index of the next "," at or after `start` before `end`, with only words between; -1 when there is none. */
function commaAfter(tokens: readonly Token[], start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    if (t?.text === ',') return i;
    // "the chair of the Internet Engineering Task Force (IETF), Brian Carpenter,": a body's short name in brackets is part of the description.
    if (t?.text === '(' && tokens[i + 1]?.kind === 'word' && tokens[i + 2]?.text === ')') {
      i += 2;
      continue;
    }
    if (t?.kind !== 'word') return -1;
  }
  return -1;
}

/**
 * "Rubio’s deputy campaign manager, Rich Beeson, …": the name in apposition after a description that starts at `start`
 * and ends before `end` (exclusive); null when the words are not "description, Name".
 */
export function nameAfterDescription(tokens: readonly Token[], start: number, end: number): Token[] | null {
  const comma = commaAfter(tokens, start, end);
  if (comma <= start || !isDescription(tokens.slice(start, comma))) return null;
  let stop = comma + 1;
  while (stop < end && tokens[stop]?.kind === 'word') stop++;
  if (stop < end && !/^[,.;:!?—–]$/.test(tokens[stop]?.text ?? '')) return null;
  // "…, actress Jamie Lee Curtis": a lower-case role before the name is not part of it.
  let first = comma + 1;
  for (let t = tokens[first]; t && first < stop - 1 && !isCapitalised(t.text) && !LOWER_FUNCTION.test(t.text); t = tokens[first]) first++;
  const named = tokens.slice(first, stop);
  if (isNameLike(named) || isNamePair(named)) return named;
  // "said another leading advocate, Andrew J. Pincus of the law firm Mayer Brown.": the name ends where its affiliation begins.
  const of = named.findIndex((t) => /^(?:of|from)$/.test(t.text));
  const affiliated = of >= 2 && first === comma + 1 && closesOnAffiliation(tokens, first + of);
  return affiliated && isNameLike(named.slice(0, of)) ? named.slice(0, of) : nameAfterRole(tokens.slice(comma + 1, stop));
}

/** A "." inside a word, as in "fivethirtyeight.com", not a full stop. */
export function isInnerDot(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const dot = tokens[k];
  const after = tokens[k + 1];
  return (
    dot?.text === '.' && before?.kind === 'word' && after?.kind === 'word' && before.end === dot.start && dot.end === after.start && !isCapitalised(after.text)
  );
}

/** Prepositions that tie a role to whom it serves: "an adviser to Trump", "a spokesman for the Pentagon", "a professor at Yale". */
export const ROLE_PREP = /^(to|for|at|on)$/;
const ROLE_DETERMINER = /^(a|an|the|one)$/i;

/** A word that can head a role: "adviser", "spokesman", "person", "aide" (speaking roles), and "ally", which the check does not take alone. */
export const isRoleHead = (word: string): boolean => {
  const w = word.toLowerCase();
  return lexicons().speakingRoles.has(w) || isTitleWord(w) || isRoleNoun(w) || /^(ally|allies)$/.test(w);
};

/**
 * The end (exclusive) of the capitalised noun phrase a role's preposition at `prep` introduces: "to (both|the) Clintons",
 * "for the Pentagon", "to Clinton’s campaign"; at most five capitalised words. -1 when the preposition does not start one.
 */
export function rolePrepEnd(tokens: readonly Token[], prep: number): number {
  if (!ROLE_PREP.test(tokens[prep]?.text ?? '')) return -1;
  let j = prep + 1;
  // "a strategist for one of these candidates": one of a group the article has just named.
  if (
    /^(one|some|each|several|two|three)$/.test(tokens[j]?.text ?? '') &&
    tokens[j + 1]?.text === 'of' &&
    /^(the|these|those|his|her|their)$/.test(tokens[j + 2]?.text ?? '')
  ) {
    const noun = tokens[j + 3];
    if (noun?.kind === 'word' && /^\p{Ll}+s$/u.test(noun.text) && tokens[j + 4]?.kind !== 'word') return j + 4;
  }
  if (/^(the|both)$/.test(tokens[j]?.text ?? '')) j++;
  const first = j;
  j = capitalisedRunEnd(tokens, first);
  if (j === first) return -1;
  j = bodyNameEnd(tokens, j);
  // "close to Clinton’s campaign": a possessive takes the noun after it.
  const noun = tokens[j];
  if (isPossessive(tokens[j - 1]?.text ?? '') && noun?.kind === 'word' && !NP_STOP.has(noun.text) && !isVerb(noun)) j++;
  return j;
}

/**
 * A role with the phrase that defines it, "a person close to the Clintons", "a longtime adviser to Trump": the start of
 * the role before the preposition at `prep` (its determiner), or -1. The words between are lower case and end in a role noun.
 */
export function roleStartBefore(tokens: readonly Token[], prep: number): number {
  let head = prep - 1;
  if (tokens[head]?.text === 'close') head--;
  const role = tokens[head];
  if (role?.kind !== 'word' || !isRoleHead(role.text)) return -1;
  for (let i = head; i >= 0 && i >= head - 5; i--) {
    const t = tokens[i];
    if (t?.kind !== 'word') return -1;
    if (ROLE_DETERMINER.test(t.text)) return i;
    // "said chief investment officer at Solaris, Tim Ghriskey": a bare role right after the verb starts after it.
    if (isVerb(t) && i < head) return i + 1;
    if (isCapitalised(t.text) || NP_STOP.has(t.text) || isVerb(t)) return -1;
  }
  return -1;
}

/** The words of the comma-separated segment that ends before `end`, and the index where it starts; stops at any other punctuation. */
export function segmentBefore(tokens: readonly Token[], end: number): { words: Token[]; from: number } {
  let from = end;
  while (from > 0 && tokens[from - 1]?.kind === 'word') from--;
  return { words: tokens.slice(from, end) as Token[], from };
}

/** The name at the end of "Stacy Baker of Columbia" or "Jane Doe from Ohio", or null. */
function nameBeforeOf(words: readonly Token[]): Token[] | null {
  const of = words.findIndex((t, i) => i > 0 && /^(of|from)$/.test(t.text));
  if (of < 0 || !words.slice(of + 1).every((t) => isCapitalised(t.text) || /^(the)$/.test(t.text))) return null;
  const name = words.slice(0, of).filter((t, i) => i > 0 || !/^(And|But)$/.test(t.text));
  // "The Secretary of State, John Reid,": an article opens an office, not a name.
  return isNameLike(name) && !isArticle(name[0]?.text ?? '') ? name : null;
}

/**
 * The person before the modifiers that end at `end` (exclusive), each set off by commas:
 * "Harry Bond, 30, of Raleigh, N.C., who was polled, said" → "Harry Bond"; "Stacy Baker of Columbia, South Carolina says" → "Stacy Baker".
 * Null unless at least one modifier is passed over and a name is reached.
 */
export function nameBeforeModifiers(tokens: readonly Token[], end: number): Token[] | null {
  let passed = 0;
  for (let step = 0; step < 5 && end > 0; step++) {
    const { words, from } = segmentBefore(tokens, end);
    const [lead] = words;
    if (!lead) return null;
    const before = tokens[from - 1];
    const earlier = before?.text === ',' ? segmentBefore(tokens, from - 1).words : [];
    const ofName = nameBeforeOf(words);
    if (passed > 0 && ofName) return ofName;
    if (passed > 0 && isNameLike(words)) return words;
    const age = words.length === 1 && /^\d{1,3}$/.test(lead.text);
    const of = /^(of|from)$/.test(lead.text) && words.slice(1).every((t) => isCapitalised(t.text));
    const relative = /^(who|whose)$/.test(lead.text);
    // "…of Raleigh, N.C." or "…of Columbia, South Carolina": the state after the town.
    const place =
      words.every((t) => isCapitalised(t.text)) && words.length <= 3 && earlier.length > 1 && /^(of|from)$/.test(earlier[earlier.length - 2]?.text ?? '');
    if (!(age || of || relative || place) || before?.text !== ',') return null;
    passed++;
    end = from - 1;
  }
  return null;
}

/** "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": the name before a role that opens with an article. */
export function nameBeforeRole(tokens: readonly Token[], role: readonly Token[]): Token[] | null {
  const at = role[0] ? tokens.indexOf(role[0]) : -1;
  if (!isArticle(role[0]?.text ?? '') || tokens[at - 1]?.text !== ',') return null;
  let k = at - 2;
  while (k >= 0 && tokens[k]?.kind === 'word') k--;
  const named = tokens.slice(k + 1, at - 1);
  return isNameLike(named) ? named : null;
}
