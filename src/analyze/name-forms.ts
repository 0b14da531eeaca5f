// Which words of a capitalised run belong to a person's name, and which full form a surname stands for.
import { lexicons } from '../lexicon.js';
import type { Token } from './tokens.js';

/** A test for words the article also writes in lower case ("top", "year"): common words when they lead a name, unless a first name or particle. */
export function commonLeadTest(tokensBySentence: ReadonlyArray<readonly Token[]>): (word: string) => boolean {
  const lowerWords = new Set<string>();
  for (const tokens of tokensBySentence) for (const t of tokens) if (t.kind === 'word' && /^\p{Ll}/u.test(t.text)) lowerWords.add(t.text);
  const { givenNames, nameParticles } = lexicons();
  return (word) => {
    const lower = word.toLowerCase();
    return lowerWords.has(lower) && !givenNames.has(lower) && !nameParticles.has(lower);
  };
}

/** "Debating", "Defending": a capitalised -ing word that no first-name list holds ("Sterling" is one). */
const isParticipleLead = (word: string): boolean => /^\p{Lu}\p{Ll}+ing$/u.test(word) && !lexicons().givenNames.has(word.toLowerCase());

/**
 * "Crooked Hillary Clinton", "Zika Virus Chris Christie": words before a name the article gives alone, none of them a first name, are a headline's.
 * "Debating Clinton's character": a participle before the surname of a person the article names in full is no first name.
 */
export function dropHeadlineWords(candidates: ReadonlyArray<{ mention: { name: string }; words: string[] }>): void {
  const seen = new Set(candidates.filter((c) => c.words.length >= 2).map((c) => c.words.join(' ')));
  const surnames = new Set(candidates.filter((c) => c.words.length >= 2 && !isParticipleLead(c.words[0] ?? '')).map((c) => c.words.at(-1)));
  const surnameAfterParticiple = (words: readonly string[], k: number): boolean =>
    k === words.length - 1 && words.slice(0, k).every(isParticipleLead) && surnames.has(words[k]);
  for (const c of candidates) {
    const from = c.words.findIndex((_, k) => k > 0 && ((k < c.words.length - 1 && seen.has(c.words.slice(k).join(' '))) || surnameAfterParticiple(c.words, k)));
    // "Jamila Al Shanty" … "Al Shanty said": a surname that opens on a particle is the short form, and the word before it a given name.
    const particled = from === c.words.length - 2 && lexicons().nameParticles.has(c.words[from]?.toLowerCase() ?? '');
    if (from > 0 && !particled && !c.words.slice(0, from).some((w) => lexicons().givenNames.has(w.toLowerCase()) || /^\p{Lu}\.$/u.test(w))) {
      c.words = c.words.slice(from);
      c.mention.name = c.words.join(' ');
    }
  }
}

/** A word of a name as names are compared: lower-case, without marks around a nickname or an initial's stop. */
export const plainNameWord = (w: string): string => w.toLowerCase().replace(/^["“‘']|["”’']$|\.$/g, '');

/** A word that is a first name, not a surname's particle or a short word the lists give as one ("de", "Al", "Ki"). */
const isFirstName = (word: string): boolean =>
  word.length >= 3 && lexicons().givenNames.has(word.toLowerCase()) && !lexicons().nameParticles.has(word.toLowerCase());

/** "John Stephen Jones" is the son of "Stephen Jones", not his longer name: a longer name keeps the shorter's first name first
 *  ("Wasserman Schultz" may gain one); a nickname in marks (`Edmund Gerald "Jerry" Brown`) stands for it. */
export function keepsFirstName(short: readonly string[], longer: string): boolean {
  const [first = ''] = short;
  return plainNameWord(longer.split(' ')[0] ?? '') === plainNameWord(first) || !isFirstName(plainNameWord(first)) || /["“]/.test(longer);
}

/** A longer form replaces the first one only when it extends it: "George Bush" → "George W. Bush", never "Jeb Bush" → "George W. Bush". */
export function extendsName(known: string, longer: string): boolean {
  const words = longer.toLowerCase().split(' ');
  const given = known.toLowerCase().split(' ');
  return words.length > given.length && keepsFirstName(given, longer) && given.every((w) => words.includes(w));
}

/**
 * Whether the words of a run, at [start, end) of a sentence's text, are a label that fills a quotation: its closing mark
 * after at most a comma or a stop, no function word first and no contraction ("And I'm Isabel." is a line of speech). Such
 * a label (''Wilayat Twitter'', a "Brooks and Dunn" mix-tape) is quoted, not a person introduced: "Twitter said" is not its surname.
 */
export function isQuotedLabel(text: string, start: number, end: number, words: readonly string[]): boolean {
  if (lexicons().functionWords.has(words[0]?.toLowerCase() ?? '') || words.some((w) => /['’]\p{Ll}{1,2}$/u.test(w))) return false;
  return /["“‘']\s*$/u.test(text.slice(Math.max(0, start - 2), start)) && /^[,.]?["”’']/u.test(text.slice(end, end + 3));
}
