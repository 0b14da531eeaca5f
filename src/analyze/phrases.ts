// Noun phrases around reporting verbs: the subject of "said", the name after "said", a sentence's subject.
import { lexicons } from '../lexicon.js';
import { isCapitalised, type Token } from './tokens.js';

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
    // "said master of ceremonies Asab Tabchi", "said former secretary of state Ann Lee": a role with "of", then the name.
    if (t.text === 'of' && phrase.length > 0 && !phrase.some((x) => isCapitalised(x.text))) {
      let j = i + 1;
      while (j < i + 4 && tokens[j]?.kind === 'word' && !isCapitalised(tokens[j]!.text) && !NP_STOP.has(tokens[j]!.text) && !TIME_WORDS.test(tokens[j]!.text)) j++;
      if (j > i + 1 && isCapitalised(tokens[j]?.text ?? '') && tokens[j]!.kind === 'word') {
        phrase.push(t);
        continue;
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

const INTRO = /^(in|on|at|after|before|during|according|since|until|when|while|as|speaking|asked|earlier|later|last|meanwhile|however|also|but|and|then|from|with|without|for|under|following|despite|although|though|because|if|furthermore|moreover|additionally|instead|still|yet|now|today|yesterday|separately|finally|just|like|unlike|between|amid|among|throughout|across|beyond|through|toward|towards|upon|within|regarding|concerning|besides)$/i;

/** Capitalised words that end in -ing or -ed and are names, not participles ("Reed", "Fielding"). */
const isKnownName = (word: string): boolean => lexicons().firstNames.has(word.toLowerCase());

/** The sentence's opening noun phrase, the subject of a participle like "…, saying"; an opening "In a statement," is skipped. */
export function leadingPhrase(tokens: readonly Token[]): Token[] {
  let start = 0;
  // An opening adverbial or participial clause ("Reached by phone, …", "Filling in for Sanders, …") is not the subject.
  const opener = tokens[0]?.text ?? '';
  // "Immediately after the attacks, Trump issued …": an opening adverb before a preposition or comma.
  const adverb = /^\p{Lu}\p{Ll}+ly$/u.test(opener) && /^(after|before|following|upon|on|in|at|,)$/.test(tokens[1]?.text ?? '');
  if (tokens[0] && (INTRO.test(opener) || adverb || lexicons().functionWords.has(opener.toLowerCase()) || /^\p{Lu}\p{Ll}+(ing|ed)$/u.test(opener) && !isKnownName(opener))) {
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

/** The words of the comma-separated segment that ends before `end`, and the index where it starts; stops at any other punctuation. */
function segmentBefore(tokens: readonly Token[], end: number): { words: Token[]; from: number } {
  let from = end;
  while (from > 0 && tokens[from - 1]!.kind === 'word') from--;
  return { words: tokens.slice(from, end) as Token[], from };
}

/** The name at the end of "Stacy Baker of Columbia" or "Jane Doe from Ohio", or null. */
function nameBeforeOf(words: readonly Token[]): Token[] | null {
  const of = words.findIndex((t, i) => i > 0 && /^(of|from)$/.test(t.text));
  if (of < 0 || !words.slice(of + 1).every((t) => isCapitalised(t.text) || /^(the)$/.test(t.text))) return null;
  const name = words.slice(0, of).filter((t, i) => i > 0 || !/^(And|But)$/.test(t.text));
  return isNameLike(name) ? name : null;
}

/**
 * The person before the modifiers that end at `end` (exclusive), each set off by commas:
 * "Harry Bond, 30, of Raleigh, N.C., who was polled, said" → "Harry Bond"; "Stacy Baker of Columbia, South Carolina says" → "Stacy Baker".
 * Null unless at least one modifier is passed over and a name is reached.
 */
function nameBeforeModifiers(tokens: readonly Token[], end: number): Token[] | null {
  let passed = 0;
  for (let step = 0; step < 5 && end > 0; step++) {
    const { words, from } = segmentBefore(tokens, end);
    if (words.length === 0) return null;
    const before = tokens[from - 1];
    const earlier = before?.text === ',' ? segmentBefore(tokens, from - 1).words : [];
    const ofName = nameBeforeOf(words);
    if (passed > 0 && ofName) return ofName;
    if (passed > 0 && isNameLike(words)) return words;
    const age = words.length === 1 && /^\d{1,3}$/.test(words[0]!.text);
    const of = /^(of|from)$/.test(words[0]!.text) && words.slice(1).every((t) => isCapitalised(t.text));
    const relative = /^(who|whose)$/.test(words[0]!.text);
    // "…of Raleigh, N.C." or "…of Columbia, South Carolina": the state after the town.
    const place = words.every((t) => isCapitalised(t.text)) && words.length <= 3 && earlier.length > 1 && /^(of|from)$/.test(earlier[earlier.length - 2]?.text ?? '');
    if (!(age || of || relative || place) || before?.text !== ',') return null;
    passed++;
    end = from - 1;
  }
  return null;
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
  // "Nate Silver, the polling guru who founded the site, tweeted": the person the relative clause describes.
  if (direct.length > 0 && /^(who|whose)$/i.test(tokens[tokens.indexOf(direct[0]!) - 1]?.text ?? '')) {
    const who = tokens.indexOf(direct[0]!) - 1;
    const described = phraseBefore(tokens, who);
    if (isNameLike(described)) return described;
    const from = described.length > 0 ? tokens.indexOf(described[0]!) : -1;
    if (from > 1 && tokens[from - 1]!.text === ',' && isDescription(described)) {
      const named = segmentBefore(tokens, from - 1).words;
      if (isNameLike(named)) return named;
    }
  }
  // "Harry Bond, 30, of Raleigh, N.C., who was polled, said": the person before the age, home town and relative clause.
  const end = direct.length > 0 ? tokens.indexOf(direct[direct.length - 1]!) + 1 : tokens[verb - 1]?.text === ',' ? verb - 1 : -1;
  const modified = end > 0 && (direct.length === 0 || direct.every((t) => isCapitalised(t.text))) ? nameBeforeModifiers(tokens, end) : null;
  if (modified) return modified;
  // "The leader of the Anti-Defamation League, Jonathan Greenblatt, warned": the name in apposition, not the description.
  if (direct.length === 0 && tokens[verb - 1]?.text === ',') {
    const named = phraseBefore(tokens, verb - 1);
    const first = named.length > 0 ? tokens.indexOf(named[0]!) : -1;
    if (first > 0 && tokens[first - 1]?.text === ',' && isNameLike(named)) {
      const description = phraseBefore(tokens, first - 1);
      const from = description.length > 0 ? tokens.indexOf(description[0]!) : -1;
      if (from >= 0 && nameAfterDescription(tokens, from, verb)) return named;
    }
  }
  // "Anthony Anton, president and CEO of the Restaurant Association stated": the name before the role.
  if (direct.length > 0) {
    let c = tokens.indexOf(direct[0]!) - 1;
    while (c > 0 && tokens[c]!.kind === 'word' && !isCapitalised(tokens[c]!.text)) c--;
    const role = tokens.slice(c + 1, tokens.indexOf(direct[direct.length - 1]!) + 1);
    if (tokens[c]?.text === ',') {
      const named = segmentBefore(tokens, c).words;
      const { titles } = lexicons();
      if (role.some((t) => titles.has(t.text.toLowerCase())) && !isNameLike(role) && isNameLike(named)) return named;
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
