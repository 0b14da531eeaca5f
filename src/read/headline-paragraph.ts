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

/** Nearly every word of four letters or more capitalised ("This Democrat Isn’t Challenging Her Opponent To A Debate."). */
function isTitleCase(line: string): boolean {
  const long = (line.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? []).length;
  const capital = (line.match(/\p{Lu}[\p{L}'’-]{3,}/gu) ?? []).length;
  return long >= 4 && capital >= 0.8 * long;
}

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
  const words = wordCount(first);
  // "What's next for Sanders? Much rests on his answer.", "Game over. Will Sanders come down off the pique?": two sentences
  // in a dozen words, or a line in title case, are a headline; a story's opening sentences are longer.
  const headlineLike = (words <= 16 && !isSentenceLike(first)) || (words <= 12 && !isOneSentence(first)) || (words <= 24 && isTitleCase(first));
  const aboveDateline = words <= 30 && !first.includes('\n') && (isOneSentence(first) || headlineLike) && storyDateline(second) !== null;
  if (!aboveDateline && !(!first.includes('\n') && headlineLike && wordCount(second) > words)) return {};
  body.shift();
  return { headline: first };
}
