// An article's paragraphs and header held one byte a character when every one of their characters is Latin-1.
// V8 keeps a string two bytes a character when any character of it is outside Latin-1, and every piece cut from it
// (a block, a paragraph, a sentence, a word) stays two bytes a character whatever its own characters. It compiles a
// regular expression once for each of the two kinds of string it runs on, and a pattern with Unicode property classes
// (`\p{L}`, `\p{Lu}`) compiles for two-byte strings to code for every letter of every plane, for one-byte strings to a
// few Latin-1 ranges. A pasted page's one "•" or "→" in a share button, which the reader drops, so made a cold brief
// compile every pattern the analysis runs in its slow form. Content is unchanged; only how V8 stores it.
const OUTSIDE_LATIN1 = /[^\0-\xff]/;

/** The same text, which holds Latin-1 characters only, as a new string of one byte a character (a Latin-1 decode). */
const oneByte = (text: string): string => Buffer.from(text, 'latin1').toString('latin1');

/**
 * The paragraphs and the header's texts, read from `source`, as one-byte strings when all of them are Latin-1; else all
 * as they are, so that no pattern runs on strings of both kinds (it would be compiled twice). Every piece of a text that
 * is all Latin-1 is one byte a character already.
 */
export function oneByteTexts(source: string, paragraphs: Array<{ text: string }>, meta: object): void {
  if (!OUTSIDE_LATIN1.test(source)) return;
  const fields = meta as Record<string, unknown>;
  const header = Object.keys(fields).filter((key) => typeof fields[key] === 'string');
  if (paragraphs.some((p) => OUTSIDE_LATIN1.test(p.text)) || header.some((key) => OUTSIDE_LATIN1.test(fields[key] as string))) return;
  for (const p of paragraphs) p.text = oneByte(p.text);
  for (const key of header) fields[key] = oneByte(fields[key] as string);
}
