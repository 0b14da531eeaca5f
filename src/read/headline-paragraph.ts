// The headline standing as the body's first paragraph: repeated under a headline already found, or the only one there is.
import { wordCount } from './header-lines.js';

const sameWords = (a: string, b: string): boolean =>
  a
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim() ===
  b
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Two sentences in one line, or a last word in lower case before the full stop: a sentence of the story, not a headline. */
const SENTENCE_LIKE = /[.!?]["”’]?\s+\S|[\p{Ll}\d]{2}[.!?]["”’]?$/u;

/** "U.S. Nominates …", "Sen. Lee Wins …": the stop of an abbreviation ends no sentence. */
const withoutAbbreviations = (line: string): string =>
  line.replace(/\b(?:\p{Lu}\.){2,}/gu, 'X').replace(/\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|No|Vs)\./g, '$1');

/**
 * Takes the headline out of the body (which it changes): a first paragraph that only repeats `headline` is dropped;
 * with no headline, a one-line first paragraph of headline length above a longer one is the headline
 * ("Montserrat refugees to be deported from U.S.").
 */
export function takeHeadlineParagraph(body: string[], headline: string | undefined): { headline?: string; dropped?: string } {
  const [first, second] = body;
  if (first === undefined || second === undefined) return {};
  if (headline) {
    if (!sameWords(first, headline)) return {};
    body.shift();
    return { dropped: first };
  }
  if (!(wordCount(first) <= 16 && !SENTENCE_LIKE.test(withoutAbbreviations(first)) && wordCount(second) > wordCount(first))) return {};
  body.shift();
  return { headline: first };
}
