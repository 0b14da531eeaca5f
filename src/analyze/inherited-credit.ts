// Why: what a quote takes from the article's other quotes. A quotation continued over paragraphs is often attributed only in
// its last one; and the brief prints a speaker's title once, at their first quote, so a title given only at a later quote
// ("said retired neurosurgeon Ben Carson" after "Carson replied") must reach the quotes that lack one.
import { lexicons } from '../lexicon.js';
import type { QuoteItem } from '../types.js';

/** Gives each unattributed quote of a chain (a quotation continued over paragraphs) the speaker of its chain's first credited quote. */
export function creditContinued(items: readonly QuoteItem[], chains: readonly number[]): void {
  items.forEach((item, i) => {
    if (item.speaker) return;
    const later = items.find((other, k) => chains[k] === chains[i] && other.speaker);
    if (later?.speaker) item.speaker = { ...later.speaker, rule: 'continued' };
  });
}

/**
 * Gives each person's untitled quotes the title their first titled quote gives them; quotes with a title keep theirs. A title
 * reached through a pronoun is the antecedent's reading and may be another person's ("The federal judge Trump was referring to").
 */
export function titleEachPerson(items: readonly QuoteItem[]): QuoteItem[] {
  const titles = new Map<string, string>();
  for (const q of items) {
    const named = q.speaker?.kind === 'person' && q.speaker.title && !lexicons().pronouns.has(q.speaker.mention.toLowerCase());
    if (named && q.speaker?.title && !titles.has(q.speaker.name)) titles.set(q.speaker.name, q.speaker.title);
  }
  return items.map((q) => {
    const title = q.speaker?.kind === 'person' && !q.speaker.title ? titles.get(q.speaker.name) : undefined;
    return title && q.speaker ? { ...q, speaker: { ...q.speaker, title } } : q;
  });
}
