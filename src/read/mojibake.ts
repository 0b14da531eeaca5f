// Text that was UTF-8 but was read as Windows-1252 on its way to us ("FranÃ§ois" for "François", "â€™" for "’"), once or
// twice over, is read back as UTF-8. Only runs that decode to valid UTF-8 change, so real "Ã" in a name stays.

/** Windows-1252's characters for the bytes 0x80–0x9F; the other bytes from 0xA0 up are their Latin-1 characters. */
export const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** A UTF-8 lead byte (Â–ô) and its continuation bytes (0x80–0xBF), each as Windows-1252 or Latin-1 shows it. */
const RUN = new RegExp(`[\\u00C2-\\u00F4][\\u0080-\\u00BF${CP1252_HIGH.replace(/[\\\]^-]/g, '\\$&')}]+`, 'gu');

const decoder = new TextDecoder('utf-8', { fatal: true });

function byteOf(char: string): number | null {
  const code = char.codePointAt(0) ?? -1;
  if (code >= 0x80 && code <= 0xff && !CP1252_HIGH.includes(char)) return code;
  const high = CP1252_HIGH.indexOf(char);
  return high >= 0 ? 0x80 + high : null;
}

/** One run read back as UTF-8, or the run as it was when its bytes are no UTF-8. */
function readBack(run: string): string {
  const bytes: number[] = [];
  for (const char of run) {
    const byte = byteOf(char);
    if (byte === null) return run;
    bytes.push(byte);
  }
  try {
    return decoder.decode(new Uint8Array(bytes));
  } catch {
    return run;
  }
}

/** The spacing marks a compatibility normalisation left for Latin-1 continuation bytes (U+00A8 "¨" as a space and U+0308). */
const SPACING = new Map([
  [' \u0308', '\u00A8'],
  [' \u0304', '\u00AF'],
  [' \u0301', '\u00B4'],
  [' \u0327', '\u00B8'],
]);

/**
 * "SÃ©golÃ ̈ne", "naÃ ̄ve", "RaÃol": a mis-decoded text that was then normalised for compatibility lost the continuation bytes
 * ¨, ¯, ´ and ¸ to a space and a combining mark, and º and ª to plain "o" and "a". After a lead byte they are put back, the
 * letters only inside a lower-case word ("JOÃO" keeps its "ÃO"), once or twice mis-decoded ("JesÃÂos").
 */
function unfoldCompatibility(text: string): string {
  return text
    .replace(/([\u00C2-\u00F4])( [\u0308\u0304\u0301\u0327])/gu, (_whole, lead: string, mark: string) => lead + (SPACING.get(mark) ?? mark))
    .replace(/(?<=\p{Ll}\u00C3(?:[\u0080-\u00BF]?\u00C2)?)([oa])(?=\p{Ll})/gu, (_whole, letter: string) => (letter === 'o' ? '\u00BA' : '\u00AA'));
}

/** The text with each mis-decoded run read back, twice at most (a text mis-decoded twice). */
export function repairMojibake(text: string): string {
  // A mis-decoded text may since have been decomposed ("Ã" as "A" and a combining tilde): its runs are found composed.
  if (!/[\u00C2-\u00F4]|[AÂ][\u0302\u0303]/u.test(text)) return text;
  const composed = text.normalize('NFC');
  let out = unfoldCompatibility(composed);
  for (let pass = 0; pass < 2; pass++) {
    const next = out.replace(RUN, readBack);
    if (next === out) break;
    out = next;
  }
  return out === composed ? text : out;
}
