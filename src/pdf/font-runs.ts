// Per-glyph font fallback: a text is cut into runs, each drawn with the first font that has its glyphs.
import type { FontFamily, FontStyle } from '../types.js';
import { type FallbackName, fallbackData, fontData, fontFile, type ParsedFont, parseOnce } from './fonts.js';

/** A font a run is drawn with: one of the four main styles, or a fallback in a weight. */
export type FontKey = FontStyle | `fallback:${FallbackName}:${'regular' | 'bold'}`;

export interface FontRun {
  text: string;
  font: FontKey;
}

export interface FontSplit {
  runs: FontRun[];
  /** Characters no embedded font has: left out of the runs, so they draw as nothing rather than as empty boxes. */
  missing: string[];
}

const isBold = (style: FontStyle): boolean => style === 'bold' || style === 'boldItalic';

/** The parsed font behind a key, for the family the page uses. */
export function fontFor(key: FontKey, family: FontFamily): ParsedFont {
  if (!key.startsWith('fallback:'))
    return parseOnce(
      `${family}/${key}`,
      () => fontData(family, key as FontStyle),
      () => fontFile(family, key as FontStyle),
    );
  const [, name, weight] = key.split(':') as [string, FallbackName, string];
  return parseOnce(key, () => fallbackData(name, weight === 'bold'));
}

const ARABIC = /\p{Script=Arabic}/u;
const HANGUL = /\p{Script=Hangul}/u;
const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Marks, joiners and variation selectors belong to the character before them.
const ATTACHED = /^(?:\p{M}|\u200c|\u200d|[\ufe00-\ufe0f]|[\u{e0100}-\u{e01ef}])$/u;
const LETTER = /\p{L}/u;

/** The fallbacks to try for a character, most fitting first: a script's own font before the others. */
function fallbacksFor(char: string, family: FontFamily, bold: boolean): FontKey[] {
  const weight = bold ? 'bold' : 'regular';
  const names: FallbackName[] = ARABIC.test(char)
    ? ['arabic', 'sans', 'kr', 'sc']
    : HANGUL.test(char)
      ? ['kr', 'sc', 'sans', 'arabic']
      : HAN_KANA.test(char)
        ? ['sc', 'kr', 'sans', 'arabic']
        : ['sans', 'sc', 'kr', 'arabic'];
  return names.filter((n) => n !== 'sans' || family !== 'sans').map((n) => `fallback:${n}:${weight}` as const);
}

const hasCache = new Map<string, boolean>();
function has(key: FontKey, family: FontFamily, char: string): boolean {
  const id = `${family}/${key}\u0000${char}`;
  let found = hasCache.get(id);
  if (found === undefined) {
    const point = char.codePointAt(0) ?? 0;
    found = fontFor(key, family).hasGlyphForCodePoint(point);
    hasCache.set(id, found);
  }
  return found;
}

// Characters both main families have (checked by a test) are by far the most common: their texts skip the per-character work.
export const SIMPLE = /^[\u0020-\u007e\u00a0-\u017f\u2010-\u2026\u2030-\u203a]*$/;

/** Cuts a text into runs by the font that has each character; a character no font has is left out and counted. */
export function splitByFont(text: string, style: FontStyle, family: FontFamily): FontSplit {
  if (SIMPLE.test(text)) return { runs: text === '' ? [] : [{ text, font: style }], missing: [] };
  const runs: FontRun[] = [];
  const missing: string[] = [];
  const bold = isBold(style);
  const push = (char: string, font: FontKey): void => {
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += char;
    else runs.push({ text: char, font });
  };
  for (const char of text) {
    const prev = runs[runs.length - 1];
    if (ATTACHED.test(char)) {
      // A mark or joiner the base's font lacks is dropped quietly: it draws as nothing either way.
      if (prev && has(prev.font, family, char)) prev.text += char;
      continue;
    }
    // Arabic letters take the Arabic font even where the main font has some of them, so a word is shaped by one font.
    if (!ARABIC.test(char) && has(style, family, char)) {
      push(char, style);
      continue;
    }
    // Punctuation the main font lacks stays with the run before it ("한국어。").
    if (prev && !LETTER.test(char) && prev.font !== style && has(prev.font, family, char)) {
      push(char, prev.font);
      continue;
    }
    const font = fallbacksFor(char, family, bold).find((key) => has(key, family, char)) ?? (ARABIC.test(char) && has(style, family, char) ? style : null);
    if (font) push(char, font);
    else if (!/\p{Cc}|\p{Cf}/u.test(char)) missing.push(char);
  }
  return { runs, missing };
}
