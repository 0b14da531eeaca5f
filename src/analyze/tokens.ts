// Word tokens with offsets, shared by the name finder and the quote attributor.
import { nicknameEnd } from './nickname.js';

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offset in the text that was tokenised. */
  start: number;
  end: number;
  /** For kind 'quote': the index of the quoted span it stands for. */
  quote?: number;
}

/** Abbreviations, short titles, initials, dates, "PG&E" and "AT&T", words (a web name whole: "OneStat.com"), and single marks. */
const TOKEN =
  /(?:[A-Za-z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|St|Jr|Sr|Rev|Gen|Adm|Maj|Cmdr|Supt|Insp|Det|Hon|Del)\.(?=\s)|[A-Z]\.(?=\s+(?:["“‘']\p{Lu}[\p{L}-]*["”’']\s+)?[A-Z])|\d+\/\d+(?:\/\d+)?(?![\p{L}\p{N}])|\p{Lu}{1,4}&\p{Lu}[\p{L}\p{N}]*|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*(?:\.(?:com|org|net)(?![\p{L}\p{N}]))?|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  // `Marcia "Cia" Price`: a nickname in marks is passed over, so the name around it is one run of words.
  let skipTo = -1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    if (m.index < skipTo) continue;
    const first = raw.charCodeAt(0);
    const word = first < 128 ? isAsciiLetterOrDigit(first) : LETTER_OR_DIGIT.test(raw);
    skipTo = !word && QUOTE_MARKS.includes(raw) ? nicknameEnd(text, m.index) : -1;
    if (skipTo > 0) continue;
    out.push({ kind: word ? 'word' : 'punct', text: raw, start: offset + m.index, end: offset + m.index + raw.length });
  }
  return out;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const isAsciiLetterOrDigit = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const QUOTE_MARKS = '"“‘\'';

/** "Ann", and a name that opens on digits ("4Cast", "3Com"), not "4G" or "10am". */
export const isCapitalised = (word: string): boolean => /^(?:\p{Lu}|\p{N}+\p{Lu}\p{Ll})/u.test(word);

/** "the", "a" or "an", in any case. */
export const isArticle = (word: string): boolean => /^(the|a|an)$/i.test(word);

/** A determiner that brings in someone new: "a Fox executive said" is not the executive the article named. */
export const isIndefinite = (word: string): boolean => /^(a|an|one|another|some|several|two|three)$/i.test(word);

/** The word without a possessive ending: "Russia's" → "Russia". */
export const bare = (word: string): string => word.replace(/['’]s?$/u, '');

export function isPossessive(word: string): boolean {
  return /['’]s$/u.test(word) || /s['’]$/u.test(word);
}

/** A capitalised word in its possessive, the word itself captured: "Trump's", "PG&E’s", "Sanders’". */
export const CAPITAL_POSSESSIVE = /^(\p{Lu}[\p{L}.&-]*)['’]s?$/u;

/** "Omar al-Bashir", "Ahmed bin-Salem": a surname that opens on a lower-case particle joined by a hyphen. */
const ARABIC_PARTICLE = /^(?:al|el|ad|ar|as|at|ash|az|abu|abd|bin|ibn|ben)-\p{Lu}/u;
/** A word that can stand in a capital run: capitalised, or a surname on a particle ("al-Bashir"). */
export const isRunWord = (word: string): boolean => isCapitalised(word) || ARABIC_PARTICLE.test(word);
/** "Dean Baker": a title that is a common first name too, opening a run of two words, is that first name. */
export const isGivenTitle = (words: readonly string[], k: number): boolean => k === 0 && words.length === 2 && words[0] === 'Dean';
/** Titles that are also surnames ("Essam Sultan", "Carole King"): at the end of a run, after a name, a surname. */
export const SURNAME_TITLE =
  /^(?:king|sultan|prince|bishop|major|marshal|judge|sheriff|pope|abbot|dean|earl|duke|baron|knight|doctor|chancellor|priest|deacon|farmer|clerk|singer)$/i;

/**
 * The tokens' texts in a packed array. `map` gives a holey array when it runs inside optimised code and a packed one
 * otherwise; name functions optimised on one kind deoptimised on the other (nameFromRun and indexNames were recompiled
 * again and again, about 100 and 170 ms a time). A loop of pushes gives the same kind whichever tier runs it.
 */
export function textsOf(tokens: readonly Token[]): string[] {
  const texts: string[] = [];
  for (const t of tokens) texts.push(t.text);
  return texts;
}

/** The tokens' texts joined by spaces, a possessive the tokenizer split off put back: "Fox ’ s director of IT" → "Fox’s director of IT". */
export const joinedText = (tokens: readonly Token[]): string =>
  textsOf(tokens)
    .join(' ')
    .replace(/ ?(['’]) s /, '$1s ');

/** Each word without its possessive ending (`bare`), in a packed array, as `textsOf` gives. */
export function baresOf(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) out.push(bare(w));
  return out;
}
