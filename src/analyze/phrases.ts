// Noun phrases around reporting verbs: the subject of "said", the name after "said", a sentence's subject.
import { lexicons } from '../lexicon.js';
import { isCapitalised, type Token } from './tokens.js';

export const SKIPPABLE = new Set(['also', 'later', 'then', 'further', 'again', 'once', 'has', 'have', 'had', 'was', 'is', 'were', 'would', 'will', 'had', 'previously', 'earlier', 'recently', 'subsequently', 'reportedly', 'simply', 'just', 'not', 'never', 'in', 'a', 'statement', 'interview']);
export const NP_STOP = new Set(['that', 'who', 'which', 'whom', 'as', 'but', 'when', 'while', 'because', 'if', 'after', 'before', 'where', 'and', 'or', 'than', 'to', 'in', 'on', 'at', 'with', 'from', 'by', 'during', 'into', 'about', 'against', 'over', 'under', 'since', 'until', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'also', 'not']);
export const TIME_WORDS = /^(today|yesterday|tonight|earlier|later|last|this|on|in|at|during|after|before|when|while|to|of|that|recently|told)$/i;

const isWeekday = (word: string): boolean => lexicons().weekdays.includes(word.toLowerCase());

export const isVerb = (t: Token | undefined): boolean => !!t && t.kind === 'word' && lexicons().reportingVerbs.has(t.text.toLowerCase()) && !isCapitalised(t.text);

/** A reporting verb at index k, including perfect forms that are adjectives elsewhere ("had written", not "a written statement"). */
export function isVerbAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
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
      if (t.text === '-' || t.text === '.' && phrase.length === 0) continue;
      break;
    }
    const lower = t.text.toLowerCase();
    if (isVerb(t)) break;
    if (NP_STOP.has(lower) && !(lower === 'and' && isCapitalised(tokens[i + 1]?.text ?? '') && isCapitalised(tokens[i - 1]?.text ?? ''))) break;
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
  return phrase;
}

const INTRO = /^(in|on|at|after|before|during|according|since|until|when|while|as|speaking|asked|earlier|later|last|meanwhile|however|also|but|and|then|from|with|without|for|under|following|despite|although|though|because|if|furthermore|moreover|additionally|instead|still|yet|now|today|yesterday|separately|finally|just)$/i;

/** Capitalised words that end in -ing or -ed and are names, not participles ("Reed", "Fielding"). */
const isKnownName = (word: string): boolean => lexicons().firstNames.has(word.toLowerCase());

/** The sentence's opening noun phrase, the subject of a participle like "…, saying"; an opening "In a statement," is skipped. */
export function leadingPhrase(tokens: readonly Token[]): Token[] {
  let start = 0;
  // An opening adverbial or participial clause ("Reached by phone, …", "Filling in for Sanders, …") is not the subject.
  const opener = tokens[0]?.text ?? '';
  if (tokens[0] && (INTRO.test(opener) || lexicons().functionWords.has(opener.toLowerCase()) || /^\p{Lu}\p{Ll}+(ing|ed)$/u.test(opener) && !isKnownName(opener))) {
    const comma = tokens.findIndex((t, i) => i < 14 && t.kind === 'punct' && t.text === ',');
    if (comma < 0) return [];
    start = comma + 1;
  }
  const phrase: Token[] = [];
  for (const t of tokens.slice(start)) {
    if (t.kind !== 'word') {
      if (phrase.length > 0 && t.text === ',') break;
      if (t.text === '-') continue;
      break;
    }
    if (phrase.length > 0 && !isCapitalised(t.text) && (/(ed|ly)$/.test(t.text) || NP_STOP.has(t.text) || isVerb(t))) break;
    phrase.push(t);
    if (phrase.length >= 10) break;
  }
  // "His colleague in Anakpawis, Rep. Crispin Beltran, who …": a role, then the name in apposition.
  let next = start + phrase.length;
  while (next < start + phrase.length + 5 && tokens[next] && tokens[next]!.kind === 'word') next++;
  const role = phrase.length > 0 && (!isCapitalised(phrase[phrase.length - 1]!.text) || (phrase.length === 1 && start === 0 && lexicons().titles.has(phrase[0]!.text.toLowerCase())));
  if (role && tokens[next]?.text === ',' && isCapitalised(tokens[next + 1]?.text ?? '')) {
    const named = phraseAfter(tokens, next + 1);
    if (named.length > 0 && named.length <= 5 && named.every((t) => isCapitalised(t.text) || /\.$/.test(t.text))) return named;
  }
  return phrase;
}

/**
 * The subject of the verb at index `verb`, looking past an appositive:
 * "Rep. Teodoro Casiño, also of Bayan Muna, said" → "Rep. Teodoro Casiño".
 */
export function subjectBefore(tokens: readonly Token[], verb: number): Token[] {
  const direct = phraseBefore(tokens, verb);
  // "In his press conference Kalikow said": an opening prepositional phrase with no comma is not the subject.
  const opener = tokens[tokens.indexOf(direct[0]!) - 1]?.text ?? '';
  if (direct.length > 2 && /^(in|at|during|after|on)$/i.test(opener) && !isCapitalised(direct[0]!.text) && isCapitalised(direct[direct.length - 1]!.text)) {
    let first = direct.length - 1;
    while (first > 1 && isCapitalised(direct[first - 1]!.text)) first--;
    if (!isCapitalised(direct[first - 1]!.text)) return direct.slice(first);
  }
  // "Ruairí Ó Brádaigh, the Republican Sinn Féin president said": the name before the role.
  if (direct.length > 0 && /^(the|a|an)$/i.test(direct[0]!.text)) {
    const comma = tokens.indexOf(direct[0]!) - 1;
    if (tokens[comma]?.text === ',') {
      const named = phraseBefore(tokens, comma);
      if (named.length > 0 && named.length <= 6 && named.some((t) => isCapitalised(t.text)) && !INTRO.test(named[0]!.text)) return named;
    }
  }
  // "Fidel Castro, speaking to CNN about the rally, said": the sentence's named subject.
  if (!direct.some((t) => isCapitalised(t.text))) {
    const lead = leadingPhrase(tokens);
    const after = lead.length > 0 ? tokens[tokens.indexOf(lead[lead.length - 1]!) + 1] : undefined;
    if (lead.some((t) => isCapitalised(t.text)) && after?.text === ',' && !lead.some((t) => direct.includes(t))) return lead;
  }
  if (direct.length > 0 || tokens[verb - 1]?.text !== ',') return direct;
  // "…, Gov. Ann Reyes (R-Ohio), said": the name with its party label is the subject.
  if (bracketOpen(tokens, verb - 2) > 0) {
    const labelled = phraseBefore(tokens, verb - 1);
    if (labelled.length > 0 && labelled.length <= 6 && isCapitalised(labelled[labelled.length - 1]!.text) && !INTRO.test(labelled[0]!.text)) return labelled;
  }
  let i = verb - 2;
  while (i >= 0 && !(tokens[i]!.kind === 'punct' && tokens[i]!.text === ',')) {
    if (tokens[i]!.kind === 'quote') return [];
    i--;
  }
  if (i < 0) return [];
  const segment = phraseBefore(tokens, i);
  return segment.some((t) => isCapitalised(t.text)) && !INTRO.test(segment[0]!.text) ? segment : [];
}
