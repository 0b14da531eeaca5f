// The body an unnamed spokesman speaks for, when the words before the noun name none in capitals.
import { isArticle, type Token } from './tokens.js';
import type { UnnamedVoice } from './unnamed-voices.js';

/** "Home Office", "Foreign Ministry": the word after a title word ("Home", "Foreign") that makes it a body's name. */
export const OFFICE = /^(Office|Ministry|Department)$/;
export const SPOKES = /^(spokes(man|woman|person|people|men|women)|representatives?)$/i;

/** A word before "spokesman" that points back to the body just named: "a company spokesman", "the group's spokeswoman". */
const POINTER_BODY =
  /^(company|firm|bank|agency|ministry|department|group|party|union|council|campaign|government|club|team|network|airline|organi[sz]ation|association|committee|commission|court|office|board|its|their)(['’]s)?$/i;

/**
 * Whether the words before the noun name a body of their own ("a police spokesman" after "the Baltic Council"), rather
 * than the one just named ("a company spokesman", or "a police spokesperson" after "Thames Valley Police").
 */
export function namesOwnBody(modifiers: readonly Token[], recent: string): boolean {
  const named = ` ${recent.toLowerCase()} `;
  return modifiers.some((w) => !isArticle(w.text) && !POINTER_BODY.test(w.text) && !named.includes(` ${w.text.toLowerCase()} `));
}

/** "a spokesman for the Harbour Board": the noun, then the body it speaks for, every word of it capitalised. */
const FOR_BODY =
  /^(?:an?|one)\s+(spokes(?:man|woman|person))\s+(?:for|at|of)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’&-]*)(?:\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’&-]*){0,6})$/u;

/** "a spokesperson for Scotland Yard": the body a spokesman's phrase names after "for", "at" or "of", else null. */
export function bodyAfterSpokes(phrase: string): string | null {
  return FOR_BODY.exec(phrase)?.[2] ?? null;
}

/** How many sentences back "the spokesman" may point to "a Bayern spokesman" (a BBC paragraph may hold five before the quotation). */
const SPOKESMAN_REACH = 5;

/** The body named before the noun of the latest unnamed voice with the same noun a few sentences back ("a Bayern spokesman" → "Bayern"). */
export function spokesmanBodyBefore(voices: ReadonlyMap<number, UnnamedVoice> | undefined, sentence: number, head: string): string | null {
  let found: string | null = null;
  for (const [k, { phrase }] of voices ?? []) {
    if (k >= sentence || k < sentence - SPOKESMAN_REACH) continue;
    // "a spokeswoman for the Information Commissioner's Office": the body after the noun, all in capitals.
    const after = FOR_BODY.exec(phrase);
    if (after?.[1]?.toLowerCase() === head.toLowerCase()) found = after[2] ?? found;
    const words = phrase.split(/\s+/);
    if (words.at(-1)?.toLowerCase() !== head.toLowerCase()) continue;
    const body = words.slice(1, -1).filter((w) => /^\p{Lu}/u.test(w));
    if (body.length > 0 && body.length === words.length - 2) found = body.join(' ');
  }
  return found;
}
