// Word helpers for the summary: content words (stop words out, plurals folded) and the word count the limits use.
import { spacedWordCount } from '../../word-count.js';

const STOP = new Set(
  'a an the of to in on at for and or but is are was were be been by with as from that this it its he she they his her their has have had not will would said says say also after before over about into than more most which who whom what when where while there these those some any other new one two three i we you our your us them him mr mrs ms can could may might should do does did being just so if no'.split(
    ' ',
  ),
);

export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w)).map(unpluralised);
}

/** The word without a final "ies", "es" or "s" (the longest that ends it). */
function unpluralised(word: string): string {
  if (!word.endsWith('s')) return word;
  return word.slice(0, word.endsWith('ies') ? -3 : word.endsWith('es') ? -2 : -1);
}

const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Words as a reader counts them: runs of text between spaces; Chinese and Japanese, written without spaces, count a word per two characters. */
export function wordCount(text: string): number {
  const unspaced = text.match(HAN_KANA)?.length ?? 0;
  if (unspaced === 0) return spacedWordCount(text);
  return (
    text
      .replace(HAN_KANA, '')
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length + Math.ceil(unspaced / 2)
  );
}

/** A headline's verb is in the present ("retires", "blasts") where the article says "will retire" or "blasted": one stem for matching them. */
export function headlineStem(word: string): string {
  let stem = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word;
  // A final "s", not after another ("press" keeps both).
  if (stem.endsWith('s') && stem.at(-2) !== 's') stem = stem.slice(0, -1);
  return stem.endsWith('ed') ? stem.slice(0, -2) : stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

/** Share of a's distinct words that b also has. */
export function sharedShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / a.size;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}
