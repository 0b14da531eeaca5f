// Documents and governed phrases: a name after a preposition is inside a larger subject, unless it is a document's author.
import { lexicons } from '../lexicon.js';
import { isOrgWord } from './name-words.js';
import { phraseAfter } from './phrases.js';
import { isArticle, isCapitalised, type Token } from './tokens.js';

/**
 * A phrase right after a preposition is its object, inside a larger phrase: "a letter obtained by the Post warns". So is
 * a name in a participle's phrase (after its preposition, an article and at most one noun): "Researchers writing in the
 * Harbour Journal said", "the authors of the research published in the journal Nature argued".
 */
export function isGoverned(tokens: readonly Token[], phrase: readonly Token[]): boolean {
  const start = phrase[0] ? tokens.indexOf(phrase[0]) : -1;
  if (start < 0) return false;
  // "a story by the website Politico says": the author of a document is no object inside the subject; the document speaks for it.
  if (authorFrom(tokens, start - 2) === start || authorFrom(tokens, start - 3) === start) return false;
  if (/^(by|to|with|over|about|against|into)$/i.test(tokens[start - 1]?.text ?? '')) return true;
  let i = start - 1;
  if (isArticle(tokens[i]?.text ?? '')) i--;
  else if (/^\p{Ll}+$/u.test(tokens[i]?.text ?? '') && isArticle(tokens[i - 1]?.text ?? '')) i -= 2;
  return /^(in|at|from|for|on)$/i.test(tokens[i]?.text ?? '') && /^\p{Ll}+(?:ing|ed)$/u.test(tokens[i - 1]?.text ?? '');
}

/** A newspaper's piece, whose "in" names its paper: "reads a Wednesday editorial in The Des Moines Register". */
const PIECE = /^(editorial|column|op-ed|article|piece|essay|commentary)$/i;

/** A verb of making between a document and its author: "a communique released by the AP6", "a letter signed by the mayor". */
const MADE = /^(released|issued|published|written|signed|prepared|compiled|commissioned|produced|sent|drafted)$/;

/**
 * Where the author begins when the word at `at` is a document noun ("report", "letter") that "by" or "from" right after it, or a
 * verb of making and "by", gives one; else -1. "a letter obtained by the Post" names who has it, not who wrote it.
 */
function authorFrom(tokens: readonly Token[], at: number): number {
  const noun = tokens[at];
  const next = tokens[at + 1]?.text ?? '';
  if (noun?.kind !== 'word') return -1;
  const documentWord = lexicons().documentWords.has(noun.text);
  if ((documentWord && /^(by|from)$/.test(next)) || (PIECE.test(noun.text) && /^(in|by|from)$/.test(next))) return at + 2;
  return documentWord && MADE.test(next) && tokens[at + 2]?.text === 'by' ? at + 3 : -1;
}

/**
 * For a phrase that ends in a document noun ("a 2019 study"), the name after its "by" or "from" ("by economists Ann Lee and
 * Tom Hill"): the document speaks for its author. Null when the phrase ends otherwise or no capitalised name follows.
 */
export function documentAuthor(tokens: readonly Token[], phrase: readonly Token[]): Token[] | null {
  const last = phrase.at(-1);
  // "a Wednesday editorial in The Des Moines Register": a piece a few words on (a weekday ends the phrase), its paper after "in".
  const from = phrase[0] ? tokens.indexOf(phrase[0]) : -1;
  const piece = tokens.findIndex((t, i) => i >= from && i <= from + 4 && PIECE.test(t.text) && /^(in|by|from)$/.test(tokens[i + 1]?.text ?? ''));
  const at = from >= 0 && piece >= 0 ? piece : last ? tokens.indexOf(last) : -1;
  const begin = at < 0 ? -1 : authorFrom(tokens, at);
  if (begin < 0) return null;
  const whole = phraseAfter(tokens, begin);
  // "a letter from the American Legion obtained by the AP": the participle after the name starts a phrase of its own.
  const cut = whole.findIndex((t, i) => i > 0 && /^\p{Ll}+ed$/u.test(t.text) && isCapitalised(whole[i - 1]?.text ?? ''));
  const author = cut > 0 ? whole.slice(0, cut) : whole;
  // After "in" only a paper's name ("… Register", "… Times"), not a place ("an article in Washington").
  if (tokens[begin - 1]?.text === 'in' && !isOrgWord(author.filter((t) => t.kind === 'word').at(-1)?.text ?? '')) return null;
  return author.some((t) => isCapitalised(t.text)) ? author : null;
}
