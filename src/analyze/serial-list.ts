// A list's last item after a serial comma ("its losses, its business model, and its governance") is part of the clause (a fear's or a claim's),
// not the start of the next one, which is what ", and" ends otherwise.
import { spacedWordCount as wordCount } from '../word-count.js';

const SERIAL_AND = /,\s*and\s+/g;
/** Where a list's item ends: a comma, semicolon, colon, dash, bracket or a full stop that ends a sentence (not "U.S. has"). */
const ITEM_END = /[,;:()—–]|[.!?](?=\s+\p{Lu}|\s*$)|\s-\s/u;
/** A subject or link word that opens a clause of its own ("…, and we will defend …", "…, and then …"). */
const CLAUSE_SUBJECT = /^(?:i|we|you|he|she|it|they|there|this|that|then|so|thus|also|now|later|yet|still)\b/i;
const MAX_ITEM_WORDS = 4;

/** Whether the ", and" at `at` joins the last short item of a list of three or more. */
function isSerialTail(text: string, at: number, length: number): boolean {
  const before = text.slice(0, at);
  const previous = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  if (previous < 0 || before[previous] !== ',') return false;
  const item = before.slice(previous + 1);
  const after = text.slice(at + length);
  const end = after.search(ITEM_END);
  const last = end >= 0 ? after.slice(0, end) : after;
  return wordCount(item) <= MAX_ITEM_WORDS && wordCount(last) >= 1 && wordCount(last) <= MAX_ITEM_WORDS && !CLAUSE_SUBJECT.test(last);
}

/** The text with each serial ", and" blanked, so that a search for the clause's end passes over it. */
export function maskSerialAnd(text: string): string {
  return text.replace(SERIAL_AND, (match, at: number) => (isSerialTail(text, at, match.length) ? ' '.repeat(match.length) : match));
}
