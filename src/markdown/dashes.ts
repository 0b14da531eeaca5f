// Typewritten text spells a dash as two hyphens ("the Great Depression -- and"); a reader of the page expects the dash itself.
// An article's own list item ("-Bernie Sanders won …", "— Matt Viser of …") keeps its marker when a sentence is taken from it;
// on the page, before the page's own bullet or number, that marker reads as a stray dash.

/** " -- " between words, or "--" joining two letters, as an em dash; "--template", "f---ing" and "----" stay as they are. */
export function typesetDashes(text: string): string {
  return text
    .replace(/^[-–—•]+\s*(?=\p{L})/u, '')
    .replace(/(?<=\S) -- (?=\S)/g, ' — ')
    .replace(/(?<=\p{L})--(?=\p{L})/gu, '—');
}
