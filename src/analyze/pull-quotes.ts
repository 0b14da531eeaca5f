// A pull quote prints again, as a paragraph of its own, words the article gives elsewhere: listing it would count them twice.
import { plainWords } from '../plain-words.js';
import type { Paragraph } from '../types.js';

/** Shorter quotations are terms and fragments; a pull quote is a sentence or more. */
const MIN_WORDS = 4;

/**
 * A test for a quotation that is its paragraph's whole text (marks and a final stop aside) and whose words another
 * paragraph holds word for word, in a quotation or in the narration: the page's pull quote, not a quotation of its own.
 * Of two paragraphs that are the same quotation, the first stays.
 */
export function pullQuoteTest(paragraphs: readonly Paragraph[]): (paragraph: number, text: string) => boolean {
  // Every paragraph's words are read only once a quotation fills its own paragraph, which few articles have.
  let bodies: Array<{ index: number; words: string }> | null = null;
  return (paragraph, text) => {
    const words = plainWords(text);
    if (words.split(' ').length < MIN_WORDS) return false;
    const own = paragraphs.find((p) => p.index === paragraph);
    if (own === undefined || plainWords(own.text) !== words) return false;
    bodies ??= paragraphs.map((p) => ({ index: p.index, words: ` ${plainWords(p.text)} ` }));
    // A page that prints a whole quoted paragraph twice keeps its first copy: each copy alone would drop the other.
    return bodies.some((b) => b.index !== paragraph && b.words.includes(` ${words} `) && (b.words !== ` ${words} ` || b.index < paragraph));
  };
}
