// Noun phrases around reporting verbs: the phrase before "said", the name after "said", and the tests they share.
import { lexicons } from '../lexicon.js';
import { isTitleWord } from './capital-runs.js';
import { isRoleNoun } from './name-index.js';
import { isCapitalised, isPossessive, type Token } from './tokens.js';

export const SKIPPABLE = new Set(['also', 'later', 'then', 'further', 'again', 'once', 'has', 'have', 'had', 'was', 'is', 'were', 'would', 'will', 'had', 'previously', 'earlier', 'recently', 'subsequently', 'reportedly', 'simply', 'just', 'not', 'never', 'in', 'a', 'statement', 'interview']);
export const NP_STOP = new Set(['that', 'who', 'which', 'whom', 'as', 'but', 'when', 'while', 'because', 'if', 'after', 'before', 'where', 'and', 'or', 'than', 'to', 'in', 'on', 'at', 'with', 'from', 'by', 'during', 'into', 'about', 'against', 'over', 'under', 'since', 'until', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'also', 'not']);
export const TIME_WORDS = /^(today|yesterday|tonight|earlier|later|last|this|on|in|at|during|after|before|when|while|to|of|that|recently|told)$/i;

const isWeekday = (word: string): boolean => lexicons().weekdays.includes(word.toLowerCase());

export const isVerb = (t: Token | undefined): boolean => !!t && t.kind === 'word' && lexicons().reportingVerbs.has(t.text.toLowerCase()) && !isCapitalised(t.text);

const NOUN_BEFORE = /^(the|a|an|his|her|their|its|our|my|your|these|those|this|such|\p{Lu}[\p{L}-]*['’]s|\p{Lu}[\p{L}-]*s['’])$/u;

/** A reporting verb at index k, including perfect forms that are adjectives elsewhere ("had written", not "a written statement"). */
export function isVerbAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  // "Ginsburg’s comments", "the claims", "his remarks": a noun after a possessive or determiner.
  if (isVerb(t) && NOUN_BEFORE.test(tokens[k - 1]?.text ?? '')) return false;
  if (isVerb(t)) return true;
  return !!t && /^(written|spoken)$/.test(t.text) && /^(has|had|have)$/i.test(tokens[k - 1]?.text ?? '');
}

/** A short bracketed aside ("(D-Ore.)", "(R)") is at most this many tokens between its brackets. */
const BRACKET_MAX = 6;

/** Index of the "(" that opens a short aside closed by the ")" at `close`, or -1. */
export function bracketOpen(tokens: readonly Token[], close: number): number {
  if (tokens[close]?.text !== ')') return -1;
  for (let i = close - 1; i >= 0 && i >= close - BRACKET_MAX - 1; i--) {
    const t = tokens[i]!;
    if (t.text === '(') return i < close - 1 ? i : -1;
    if (t.kind === 'quote' || t.text === ')' || t.text === ',') return -1;
  }
  return -1;
}

/** Index of the ")" that closes a short aside opened by the "(" at `open`, or -1. */
export function bracketClose(tokens: readonly Token[], open: number): number {
  if (tokens[open]?.text !== '(') return -1;
  for (let i = open + 1; i < tokens.length && i <= open + BRACKET_MAX + 1; i++) {
    const t = tokens[i]!;
    if (t.text === ')') return i > open + 1 ? i : -1;
    if (t.kind === 'quote' || t.text === '(' || t.text === ',') return -1;
  }
  return -1;
}

const LOWER_FUNCTION = /^(the|a|an|of|for|to|in|on|at|and|or|with|from|by|his|her|their|its|our|my|your)$/;

/** Words that read as a person's name: two or three capitalised words, or up to five with a first name or a title ("Rep. Jane Doakes", "Jonathan Greenblatt"). */
export function isNameLike(words: readonly Token[]): boolean {
  if (words.length === 0 || words.length > 5) return false;
  if (!words.every((t) => t.kind === 'word' && isCapitalised(t.text) && !/['’]s?$/.test(t.text) && !/^[RDI]-/.test(t.text))) return false;
  const { firstNames, titles } = lexicons();
  // Two or three capitalised words are a name too: the first-name list leaves out names given to both sexes ("Donald").
  return words.length >= 2 && words.length <= 3 || words.some((t) => firstNames.has(t.text.toLowerCase()) || titles.has(t.text.toLowerCase().replace(/\.$/, '')));
}

/** A description rather than a name: it has a lower-case word that is not a function word ("Rubio’s deputy campaign manager", "the leader of the League"). */
export function isDescription(words: readonly Token[]): boolean {
  return words.some((t) => t.kind === 'word' && !isCapitalised(t.text) && !LOWER_FUNCTION.test(t.text) && !/^\d/.test(t.text));
}

/** Index of the next "," at or after `start` before `end`, with only words between; -1 when there is none. */
function commaAfter(tokens: readonly Token[], start: number, end: number): number {
  for (let i = start; i < end; i++) {
    if (tokens[i]!.text === ',') return i;
    if (tokens[i]!.kind !== 'word') return -1;
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
  while (stop < end && tokens[stop]!.kind === 'word') stop++;
  if (stop < end && !/^[,.;:!?—–]$/.test(tokens[stop]!.text)) return null;
  // "…, actress Jamie Lee Curtis": a lower-case role before the name is not part of it.
  let first = comma + 1;
  while (first < stop - 1 && !isCapitalised(tokens[first]!.text) && !LOWER_FUNCTION.test(tokens[first]!.text)) first++;
  const named = tokens.slice(first, stop);
  return isNameLike(named) ? named : null;
}

/** A "." inside a word, as in "fivethirtyeight.com", not a full stop. */
export const isInnerDot = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.text === '.' && tokens[k - 1]?.kind === 'word' && tokens[k + 1]?.kind === 'word' && tokens[k - 1]!.end === tokens[k]!.start && tokens[k]!.end === tokens[k + 1]!.start && !isCapitalised(tokens[k + 1]!.text);

/** Prepositions that tie a role to whom it serves: "an adviser to Trump", "a spokesman for the Pentagon", "a professor at Yale". */
const ROLE_PREP = /^(to|for|at)$/;
const ROLE_DETERMINER = /^(a|an|the|one)$/i;

/** A word that can head a role: "adviser", "spokesman", "person", "aide". */
export const isRoleHead = (word: string): boolean => {
  const w = word.toLowerCase();
  return lexicons().speakingRoles.has(w) || isTitleWord(w) || isRoleNoun(w) || /^(person|people|aide|aides|friend|friends|ally|allies|source|sources)$/.test(w);
};

/**
 * The end (exclusive) of the capitalised noun phrase a role's preposition at `prep` introduces: "to (both|the) Clintons",
 * "for the Pentagon", "to Clinton’s campaign"; at most five capitalised words. -1 when the preposition does not start one.
 */
export function rolePrepEnd(tokens: readonly Token[], prep: number): number {
  if (!ROLE_PREP.test(tokens[prep]?.text ?? '')) return -1;
  let j = prep + 1;
  if (/^(the|both)$/.test(tokens[j]?.text ?? '')) j++;
  const first = j;
  while (j < first + 5 && tokens[j]?.kind === 'word' && isCapitalised(tokens[j]!.text) && !isWeekday(tokens[j]!.text)) j++;
  if (j === first) return -1;
  // "close to Clinton’s campaign": a possessive takes the noun after it.
  if (isPossessive(tokens[j - 1]!.text) && tokens[j]?.kind === 'word' && !NP_STOP.has(tokens[j]!.text) && !isVerb(tokens[j])) j++;
  return j;
}

/**
 * A role with the phrase that defines it, "a person close to the Clintons", "a longtime adviser to Trump": the start of
 * the role before the preposition at `prep` (its determiner), or -1. The words between are lower case and end in a role noun.
 */
export function roleStartBefore(tokens: readonly Token[], prep: number): number {
  let head = prep - 1;
  if (tokens[head]?.text === 'close') head--;
  if (tokens[head]?.kind !== 'word' || !isRoleHead(tokens[head]!.text)) return -1;
  for (let i = head; i >= 0 && i >= head - 5; i--) {
    const t = tokens[i]!;
    if (t.kind !== 'word') return -1;
    if (ROLE_DETERMINER.test(t.text)) return i;
    if (isCapitalised(t.text) || NP_STOP.has(t.text) || isVerb(t)) return -1;
  }
  return -1;
}

/** The noun phrase that ends right before index `end` (exclusive), e.g. the subject of "said". */
export function phraseBefore(tokens: readonly Token[], end: number): Token[] {
  let i = end - 1;
  // "Rep. Jane Doakes (D-Ore.) said": the party and state are not part of the name.
  if (bracketOpen(tokens, i) > 0) i = bracketOpen(tokens, i) - 1;
  while (i >= 0 && tokens[i]!.kind === 'word' && (SKIPPABLE.has(tokens[i]!.text.toLowerCase()) || /ly$/.test(tokens[i]!.text))) i--;
  const phrase: Token[] = [];
  for (; i >= 0 && phrase.length < 16; i--) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      if (t.text === '-' || t.text === '.' && (phrase.length === 0 || isInnerDot(tokens, i))) continue;
      break;
    }
    const lower = t.text.toLowerCase();
    if (isVerb(t)) break;
    if (NP_STOP.has(lower) && !(lower === 'and' && isCapitalised(tokens[i + 1]?.text ?? '') && isCapitalised(tokens[i - 1]?.text ?? ''))) {
      // "A spokeswoman for the Pentagon said": the role, not the body it serves, is the subject.
      const start = phrase.length > 0 && rolePrepEnd(tokens, i) === i + 1 + phrase.length ? roleStartBefore(tokens, i) : -1;
      if (start >= 0) return tokens.slice(start, i + 1 + phrase.length) as Token[];
      break;
    }
    phrase.unshift(t);
  }
  return phrase;
}

/** The noun phrase that starts at index `start`, e.g. the subject in `said John Hill, who…`. */
export function phraseAfter(tokens: readonly Token[], start: number): Token[] {
  const phrase: Token[] = [];
  for (let i = start; i < tokens.length && phrase.length < 12; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      if (t.text === '-') continue;
      break;
    }
    if (phrase.length === 0 && (TIME_WORDS.test(t.text) || isWeekday(t.text))) return [];
    // "said master of ceremonies Asab Tabchi", "said former secretary of state Ann Lee": a role with "of", then the name.
    if (t.text === 'of' && phrase.length > 0 && !phrase.some((x) => isCapitalised(x.text))) {
      let j = i + 1;
      while (j < i + 4 && tokens[j]?.kind === 'word' && !isCapitalised(tokens[j]!.text) && !NP_STOP.has(tokens[j]!.text) && !TIME_WORDS.test(tokens[j]!.text)) j++;
      if (j > i + 1 && isCapitalised(tokens[j]?.text ?? '') && tokens[j]!.kind === 'word') {
        phrase.push(t);
        continue;
      }
    }
    // "said a person close to the Clintons": a role keeps the phrase that says whom it serves.
    if (ROLE_PREP.test(t.text) && phrase.length > 0 && roleStartBefore(tokens, i) === start) {
      const end = rolePrepEnd(tokens, i);
      if (end > 0) {
        // "said a spokesman for the Pentagon, John Kirby, …": the name in apposition speaks.
        const named = tokens[end]?.text === ',' ? nameAfterDescription(tokens, start, tokens.length) : null;
        return named ?? (tokens.slice(start, end) as Token[]);
      }
    }
    if (NP_STOP.has(t.text.toLowerCase()) || TIME_WORDS.test(t.text) && phrase.length > 0 && !isCapitalised(t.text)) break;
    if (isWeekday(t.text)) break;
    phrase.push(t);
  }
  // "according to the team head, CIA Special Advisor Charles Duelfer": the name after the role.
  const next = start + phrase.length;
  if (phrase.length > 0 && !phrase.some((t) => isCapitalised(t.text)) && tokens[next]?.text === ',' && isCapitalised(tokens[next + 1]?.text ?? '')) {
    const named = phraseAfter(tokens, next + 1);
    if (named.length > 0) return named;
  }
  // "said Rubio’s deputy campaign manager, Rich Beeson, who …": a description with a name in it, then the speaker's name.
  if (phrase.length > 0 && tokens[next]?.text === ',' && !isCapitalised(phrase[phrase.length - 1]!.text)) {
    const named = nameAfterDescription(tokens, start, tokens.length);
    if (named) return named;
  }
  return phrase;
}
