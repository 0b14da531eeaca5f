// The headline standing as the body's first paragraph: repeated under a headline already found, or the only one there is.
import { firstSentence, wordCount } from './header-lines.js';
import { storyDateline } from './story-dateline.js';

const sameWords = (a: string, b: string): boolean =>
  a
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim() ===
  b
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** One sentence in the line ("U.S. Nominates …" is one: an abbreviation's stop ends none). */
const isOneSentence = (line: string): boolean => firstSentence(line).length >= line.trimEnd().length;

/** Two sentences in one line, or a last word in lower case before the full stop: a sentence of the story, not a headline. */
const isSentenceLike = (line: string): boolean => !isOneSentence(line) || /[\p{Ll}\d]{2}[.!?]["”’]?$/u.test(line);

/**
 * Takes the headline out of the body (which it changes): a first paragraph that only repeats `headline` is dropped;
 * with no headline, a one-line first paragraph of headline length above a longer one is the headline
 * ("Montserrat refugees to be deported from U.S."), and so is one sentence above the paragraph that opens the story
 * on its dateline ("O'Malley campaign to shift staff, resources to Iowa." above "DALLAS (AP) — …").
 */
export function takeHeadlineParagraph(body: string[], headline: string | undefined): { headline?: string; dropped?: string } {
  const [first, second] = body;
  if (first === undefined || second === undefined) return {};
  if (headline) {
    if (!sameWords(first, headline)) return {};
    body.shift();
    return { dropped: first };
  }
  const aboveDateline = wordCount(first) <= 30 && !first.includes('\n') && isOneSentence(first) && storyDateline(second) !== null;
  if (!aboveDateline && !(wordCount(first) <= 16 && !isSentenceLike(first) && wordCount(second) > wordCount(first))) return {};
  body.shift();
  return { headline: first };
}
