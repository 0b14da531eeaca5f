// One "•" in a dropped share button made V8 hold every piece of an article two bytes a character, and compile each
// `\p{L}` pattern in its slow two-byte form (docs/performance.md, stop 47); the content is unchanged.
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
