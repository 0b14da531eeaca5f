// "the weak fourth quarter number", "worse-than-expected revenue", "the weakness of the price of oil": "weak" or "worse" said of a
// figure reports data, like "strong" or "better" would; it is no criticism that points to a harm.
import type { Predicate } from './predicates.js';

/** A figure within three words after the word: "number", "revenue", "sales", "growth", "performance", "results". */
const FIGURE_AFTER =
  /^(?:-than-expected)?\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:numbers?|figures?|revenues?|sales|growth|prices?|profits?|earnings|output|performance|quarter|results|data)\b/iu;

/** Whether a word of weakness or worsening describes a figure ("the weak August and September performance"). */
export function isFigureWeakness(text: string, p: Predicate): boolean {
  return /^(?:weak|weakness|worse)$/i.test(p.word) && FIGURE_AFTER.test(text.slice(p.end));
}
