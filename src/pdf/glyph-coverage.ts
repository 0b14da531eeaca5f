// Characters that no embedded font can draw: the PDF leaves them out, and the brief says how many and of what kind.
import type { Brief, Warning } from '../types.js';
import { splitByFont } from './font-runs.js';

const SCRIPTS = [
  'Thai',
  'Lao',
  'Khmer',
  'Myanmar',
  'Tibetan',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Ethiopic',
  'Cherokee',
  'Mongolian',
];
const SCRIPT_TESTS = SCRIPTS.map((name) => ({ name, test: new RegExp(`\\p{Script=${name}}`, 'u') }));

/** What a missing character is, for the warning: emoji, a script's name, or "other". */
function kindOf(char: string): string {
  if (/\p{Extended_Pictographic}|\p{Emoji_Presentation}/u.test(char)) return 'emoji';
  return SCRIPT_TESTS.find((s) => s.test.test(char))?.name ?? 'other';
}

/** Every text a brief can print: its header fields and every string of every item. */
function textsOf(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) textsOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) textsOf(v, out);
  return out;
}

/** The characters of these texts that no embedded font has, counted. */
export function missingGlyphs(texts: readonly string[]): string[] {
  return texts.flatMap((text) => splitByFont(text, 'regular', 'sans').missing);
}

/** A warning when the brief holds characters the PDF cannot draw ("3 characters have no glyph … (emoji)"), or null. */
export function missingGlyphWarning(brief: Pick<Brief, 'meta' | 'summary' | 'quotes' | 'concerns' | 'unconfirmed'>): Warning | null {
  const { meta, summary, quotes, concerns, unconfirmed } = brief;
  const header = [meta.headline, meta.outlet, meta.byline, meta.publishedText, meta.standfirst];
  const missing = missingGlyphs(textsOf([header, summary, quotes, concerns, unconfirmed], []));
  if (missing.length === 0) return null;
  const kinds = [...new Set(missing.map(kindOf))].sort();
  const n = missing.length;
  return {
    type: 'warning',
    code: 'missing-glyphs',
    message: `${n} character${n === 1 ? ' has' : 's have'} no glyph in the embedded fonts (${kinds.join(', ')}): the PDF leaves ${n === 1 ? 'it' : 'them'} out`,
  };
}
