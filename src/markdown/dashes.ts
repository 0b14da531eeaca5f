// Typewritten text spells a dash as two hyphens ("the Great Depression -- and"); a reader of the page expects the dash itself.

/** " -- " between words, or "--" joining two letters, as an em dash; "--template", "f---ing" and "----" stay as they are. */
export function typesetDashes(text: string): string {
  return text.replace(/(?<=\S) -- (?=\S)/g, ' — ').replace(/(?<=\p{L})--(?=\p{L})/gu, '—');
}
