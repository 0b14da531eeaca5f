// A body's name with "of" and "and" in it ("the Department of Health and Human Services", "the Securities and Exchange
// Commission"): read on to its last word, where a phrase or a role's "for the …" would stop at "and".
import { isWeekday } from './phrase-words.js';
import { isCapitalised, type Token } from './tokens.js';

/**
 * The last word of a public body's name, which takes words joined by "and" before it ("Securities and Exchange Commission");
 * not a company's ("Microsoft and Apple Inc" are two firms) nor a paper's.
 */
const BODY_HEAD =
  /^(?:commission|committee|department|administration|agency|bureau|services?|council|institute|association|foundation|authority|board|ministry|office|society|federation|league|alliance|coalition|union|cent(?:re|er)s?|fund|academy|directorate|secretariat|inspectorate)$/i;

/** Where the run of capitalised words (at most five, no weekday) that starts at `from` ends; `from` when there is none. */
export function capitalisedRunEnd(tokens: readonly Token[], from: number): number {
  let j = from;
  for (let t = tokens[j]; j < from + 5 && t?.kind === 'word' && isCapitalised(t.text) && !isWeekday(t.text); t = tokens[j]) j++;
  return j;
}

/**
 * Where a body's name that has reached `from` (just past a capitalised word) ends: past each "of"/"and" and the capitalised
 * words after it, up to the last such run that ends on a public body's word ("Commission", "Services"); `from` when none does, so
 * that "Helen Park and Tom Hill" stay two names and "Bank of Japan chief" is left to the caller.
 */
export function bodyNameEnd(tokens: readonly Token[], from: number): number {
  let j = from;
  let end = from;
  for (let link = 0; link < 3 && /^(?:of|and)$/.test(tokens[j]?.text ?? ''); link++) {
    const k = capitalisedRunEnd(tokens, j + 1);
    if (k === j + 1) break;
    j = k;
    if (BODY_HEAD.test(tokens[k - 1]?.text ?? '')) end = k;
  }
  return end;
}

/** Where a phrase that has reached "and" at `i` ends when a public body's name goes on through it; `i` when it does not. */
export function bodyAndEnd(tokens: readonly Token[], i: number, phrase: readonly Token[]): number {
  return tokens[i]?.text === 'and' && isCapitalised(phrase.at(-1)?.text ?? '') ? bodyNameEnd(tokens, i) : i;
}
