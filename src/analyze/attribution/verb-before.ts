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

/**
 * "…, calling her a “…”": "calling" (or "branding", "dubbing", "labelling", "describing … as") with its object right before the
 * quotation names what its subject calls it; with nothing between them ("were calling “every 15 minutes”") it is on the phone.
 */
export function namingBefore({ tokens, self }: Pick<TextContext, 'tokens' | 'self'>): { verb: number; distance: number; end: number } | null {
  if (tokens[self - 1]?.kind !== 'word') return null;
  for (let k = self - 2; k >= Math.max(0, self - 7); k--) {
    const t = tokens[k];
    if (t?.kind !== 'word') return null;
    // "describing the series as “…”", "branding him “…”": the same naming, "describing" only with its "as".
    const naming = t.text === 'calling' || /^(branding|dubbing|labell?ing)$/.test(t.text) || (t.text === 'describing' && tokens[self - 1]?.text === 'as');
    if (naming) return { verb: k, distance: self - 1 - k, end: self - 1 };
  }
  return null;
}
