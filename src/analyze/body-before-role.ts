// Why: "State Department official David Holmes", "ACTU leader Greg Combet", "CNN anchor Jake Tapper": the role's body, written in
// capitals before the role word, is part of the title; roleBefore (name-roles.ts, at its size limit) stops at the first capital.
import { lexicons } from '../lexicon.js';
import { isCapitalised, type Token } from './tokens.js';

/** The most capitalised words a body's name before a role may have. */
const MAX_WORDS = 3;
/** Words that open a sentence or clause and are no part of a body's name, beside the function words. */
const SENTENCE_WORD = /^(the|a|an|while|whilst|when|where|then|meanwhile|now|last|this|next)$/i;
/** Words that may qualify the body's title before it ("former White House adviser"). */
const QUALIFIER = /^(former|then|ex|acting|interim|longtime|veteran|senior|top)$/;

/**
 * The capitalised name of a body that ends at `end` (inclusive) right before a role word, with a qualifier before it: "State
 * Department", "former White House", "ACTU". Empty unless the name ends in an organisation word or is an acronym, and what stands
 * before it is no capitalised word (then the run may be a person's name or a longer phrase, not the body alone).
 */
export function bodyBeforeRole(tokens: readonly Token[], end: number): string[] {
  if (tokens[end]?.kind !== 'word' || !isCapitalised(tokens[end]?.text ?? '')) return [];
  // "The White House …", "While White House …", "To Montclair State University …": a word of the sentence, capitalised, is no part of it.
  const named = (t: Token | undefined): boolean =>
    t?.kind === 'word' && isCapitalised(t.text) && !lexicons().functionWords.has(t.text.toLowerCase()) && !SENTENCE_WORD.test(t.text);
  let start = end;
  while (start > end - MAX_WORDS + 1 && start > 0 && named(tokens[start - 1])) start--;
  const run = tokens.slice(start, end + 1).map((t) => t.text);
  const last = run.at(-1) ?? '';
  const body = (run.length >= 2 && lexicons().orgWords.has(last.toLowerCase())) || (run.length === 1 && /^\p{Lu}{2,6}$/u.test(last));
  if (!body || run.some((w) => !/^\p{Lu}[\p{L}.&-]*$/u.test(w))) return [];
  // "Last week State Department official …": the run starts after a lower-case word or the sentence's start; a capital before it
  // ("Obama White House adviser") makes the run part of a longer name.
  const before = tokens[start - 1];
  if (named(before)) return [];
  const qualifier = before?.kind === 'word' && QUALIFIER.test(before.text) ? [before.text] : [];
  return [...qualifier, ...run];
}
