// A wire story's dateline before its first sentence's subject: "TALLAHASSEE —", "DOVER, Del. (AP) —", "LONDON (Reuters) -".
import { type Token, tokenize } from './tokens.js';

/** A word of the dateline's place in capitals: "LA", "CROSSE", "ST.", "WASHINGTON". */
const CAPS_WORD = /^\p{Lu}[\p{Lu}.'’-]+$/u;
/** The state or country after its comma: "Del.", "Wisc.", "Calif.", "Iowa", "N.H.". */
const REGION_WORD = /^\p{Lu}[\p{L}.]*$/u;

/** How many tokens the dateline at the start takes (its dash too), or 0 when there is none. */
export function datelineLength(tokens: readonly Token[]): number {
  let k = 0;
  while (k < 4 && tokens[k]?.kind === 'word' && CAPS_WORD.test(tokens[k]?.text ?? '')) k++;
  if (k === 0) return 0;
  if (tokens[k]?.text === ',') {
    const from = ++k;
    while (k < from + 2 && tokens[k]?.kind === 'word' && REGION_WORD.test(tokens[k]?.text ?? '')) k++;
    if (k === from) return 0;
  }
  if (tokens[k]?.text === '(') {
    const close = tokens.findIndex((t, i) => i > k && i <= k + 5 && t.text === ')');
    if (close < 0) return 0;
    k = close + 1;
  }
  return /^(?:[—–-]|--)$/.test(tokens[k]?.text ?? '') ? k + 1 : 0;
}

/** A claim or fear without the wire dateline its sentence opens on ("CHICAGO - Rahm Emanuel may …" → "Rahm Emanuel may …"). */
export function withoutDateline(text: string): string {
  const tokens = tokenize(text);
  const next = tokens[datelineLength(tokens)];
  // "WASHINGTON --" is two hyphens, one of them left after the dateline's length.
  return next && next !== tokens[0] ? text.slice(next.start).replace(/^[-—–\s]+/, '') : text;
}
