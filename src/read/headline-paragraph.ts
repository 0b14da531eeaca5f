// The headline standing as the body's first paragraph: repeated under a headline already found, or the only one there is.
import { firstSentence, wordCount } from './header-lines.js';
import { storyDateline } from './story-dateline.js';
import { isTitleCase } from '../word-count.js';

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
  // A line of up to 16 words above a longer paragraph is a headline, in one sentence or two, with a stop or without
  // ("Cruz reboots his attacks on Trump.", "What's next for Sanders? Much rests on his answer."): in 1,447 articles of the
  // corpus, PolNeAR and the BBC set, no story opened on so short a paragraph. A line in title case may run to 24 words.
  const headlineLike = words <= 16 || (words <= 24 && isTitleCase(first));
  const aboveDateline = words <= 30 && !first.includes('\n') && (isOneSentence(first) || headlineLike) && storyDateline(second) !== null;
  if (!aboveDateline && !(!first.includes('\n') && headlineLike && wordCount(second) > words)) return {};
  body.shift();
  return { headline: first };
}
