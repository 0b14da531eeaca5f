// Text as a reader compares it: lower-case letters and digits, punctuation, escapes and spacing aside.

// The page's repeat checks compare the same sentences again for each try at fitting it: each text is reduced once.
const reduced = new Map<string, string>();
const MAX_REDUCED = 5_000;

/** Lower-case words joined by single spaces ("“It's over,” he said." → "it s over he said"). */
export function plainWords(text: string): string {
  let out = reduced.get(text);
  if (out === undefined) {
    out = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
    if (reduced.size >= MAX_REDUCED) reduced.clear();
    reduced.set(text, out);
  }
  return out;
}
