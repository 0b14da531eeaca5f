// The nearest reporting verb before a quotation, shared by the rules for `Hill said: "…"` and `…, saying "…"`.
import { isVerbAt } from '../phrases.js';
import type { TextContext } from './rule.js';

/** Index of the nearest reporting verb before the quote in the same clause, the words between them, and the last word before the quote. */
export function verbBefore({ tokens, self }: Pick<TextContext, 'tokens' | 'self'>): { verb: number; distance: number; end: number } | null {
  let j = self - 1;
  for (let t = tokens[j]; t?.kind === 'punct' && /^[,:—–-]$/.test(t.text); t = tokens[j]) j--;
  if (tokens[j]?.text.toLowerCase() === 'that') j--;
  for (let k = j; k >= Math.max(0, j - 20); k--) {
    const t = tokens[k];
    if (!t || t.kind === 'quote' || (t.kind === 'punct' && /^[.;!?]$/.test(t.text))) return null;
    if (isVerbAt(tokens, k)) return { verb: k, distance: j - k, end: j };
  }
  return null;
}
