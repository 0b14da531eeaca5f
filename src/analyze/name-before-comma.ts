// The name in apposition before "the …" role: "Ruairí Ó Brádaigh, the Republican Sinn Féin president said".
import { isNameLike, isRoleHead, segmentBefore } from './appositions.js';
import { AUXILIARY, INTRO, isWeekday } from './phrase-words.js';
import { phraseBefore } from './phrases.js';
import { isArticle, isCapitalised, type Token } from './tokens.js';

/** The capitalised phrase that ends right before the comma at `comma`, when it is a name and not an opening phrase; else null. */
export function nameBeforeComma(tokens: readonly Token[], comma: number): Token[] | null {
  if (tokens[comma]?.text !== ',') return null;
  const named = phraseBefore(tokens, comma);
  // "In a letter filed over Clinton's emails, the FBI confirmed": a name after a preposition ends an opening phrase.
  // "At the meeting in Dover, the harbour master said": a name after a word of an opening phrase is that phrase's, not an apposition.
  const before = named[0] ? tokens[tokens.indexOf(named[0]) - 1] : undefined;
  // "… in Hudson Monday, the Christie supporter retorted": a weekday ends the opening phrase; it names no one.
  const dated = isWeekday(named.at(-1)?.text ?? '');
  // "The cuts will hurt patients, the minister warned": a clause with its own verb before the comma is what was said, not a name.
  const clause = named.some((t) => !isCapitalised(t.text) && AUXILIARY.test(t.text));
  const ok = named.length > 0 && named.length <= 6 && named.some((t) => isCapitalised(t.text)) && !INTRO.test(named[0]?.text ?? '') && !clause;
  return ok && before?.kind !== 'word' && !dated ? named : null;
}

/**
 * "Ann Lee, the research director of Open Rivers in Oslo said": the name before a role that opens with an article and
 * runs up to the verb at `verb`, whose last capitals name the organisation or place it serves, not the speaker. Else null.
 */
export function nameBeforeRoleOf(tokens: readonly Token[], verb: number): Token[] | null {
  const { words, from } = segmentBefore(tokens, verb);
  const prep = words.findIndex((t) => /^(of|for|at|with)$/.test(t.text));
  const role = words.slice(1, prep);
  // The role is lower-case words ending in a role noun ("executive director"), so the capitals after it are whom it serves.
  if (!isArticle(words[0]?.text ?? '') || role.length === 0 || !role.every((t) => !isCapitalised(t.text)) || !isRoleHead(role.at(-1)?.text ?? '')) return null;
  const named = nameBeforeComma(tokens, from - 1);
  return named && isNameLike(named) ? named : null;
}
