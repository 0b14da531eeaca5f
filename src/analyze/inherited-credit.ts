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
 * Gives each person's untitled quotes the title their first titled quote gives them, and a title that is part of a longer one the
 * person has at a named quote ("Rep." of "former Rep. (D-Calif.)", "president" of "L2 president") the longer one; other titles stay.
 * A title reached through a pronoun is the antecedent's reading and may be another person's ("The federal judge Trump was referring to").
 */
export function titleEachPerson(items: readonly QuoteItem[]): QuoteItem[] {
  const titles = new Map<string, string[]>();
  for (const q of items) {
    const named = q.speaker?.kind === 'person' && q.speaker.title && !lexicons().pronouns.has(q.speaker.mention.toLowerCase());
    if (named && q.speaker?.title) titles.set(q.speaker.name, [...(titles.get(q.speaker.name) ?? []), q.speaker.title]);
  }
  return items.map((q) => {
    if (q.speaker?.kind !== 'person') return q;
    const own = titles.get(q.speaker.name) ?? [];
    const title = q.speaker.title ?? own[0];
    const fuller = title ? own.filter((t) => t.length > title.length && holdsWords(t, title)).sort((a, b) => b.length - a.length)[0] : undefined;
    const best = fuller ?? title;
    return best && best !== q.speaker.title ? { ...q, speaker: { ...q.speaker, title: best } } : q;
  });
}

/** Whether `longer` holds every word of `shorter` in a row: "former Rep. (D-Calif.)" holds "Rep.", "vice president" holds "president". */
function holdsWords(longer: string, shorter: string): boolean {
  const escaped = shorter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|\\s)${escaped}(?=\\s|$)`, 'i').test(longer);
}
