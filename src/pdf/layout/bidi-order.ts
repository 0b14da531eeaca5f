// Right-to-left text on a line: lines are broken in logical order, then their pieces are put in visual order by the
// Unicode bidi algorithm (bidi-js). A right-to-left word is handed to the font shaper in logical order: it lays the word out right to left.
import bidiModule, { type Bidi } from 'bidi-js';

// bidi-js is a CommonJS module whose export is the factory itself.
const bidiFactory = bidiModule as unknown as () => Bidi;
const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
let bidi: Bidi | null = null;
const algorithm = (): Bidi => {
  bidi ??= bidiFactory();
  return bidi;
};

/** Whether a text has any right-to-left letters (only then is the bidi algorithm run). */
export function hasRtl(text: string): boolean {
  // Letters of these scripts stand in U+0590–U+08FF, U+FB1D–U+FEFF and beyond the Basic Multilingual Plane (a high
  // surrogate first): a text without such a code unit (Latin text, its curly quotes and dashes too) needs no pattern.
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x0590 && (unit <= 0x08ff || (unit >= 0xd800 && unit <= 0xdbff) || (unit >= 0xfb1d && unit <= 0xfeff))) return RTL.test(text);
  }
  return false;
}

/** Whether a paragraph reads right to left: its first strong letter is right-to-left (rules P2–P3). */
export function isRtlParagraph(text: string): boolean {
  return (algorithm().getEmbeddingLevels(text, 'auto').paragraphs[0]?.level ?? 0) % 2 === 1;
}

export interface OrderedWord {
  text: string;
  /** A space follows this word on the line (logical order). */
  space: boolean;
}

/** A part of one word drawn as one piece: the text as it is handed to the font. */
export interface Segment {
  word: number;
  text: string;
}

/**
 * A line's words (in reading order) cut where the direction or the kind of letter changes, in the order they are drawn left to right.
 * Right-to-left letters stay in logical order (the shaper reverses them); neutrals inside right-to-left text are reversed and mirrored.
 */
export function visualSegments(words: readonly OrderedWord[], rtl: boolean): Segment[] {
  const owner: number[] = [];
  let line = '';
  words.forEach((word, i) => {
    line += word.text;
    for (let k = 0; k < word.text.length; k++) owner.push(i);
    if (word.space && i < words.length - 1) {
      line += ' ';
      owner.push(-1);
    }
  });
  const bidi = algorithm();
  const levels = bidi.getEmbeddingLevels(line, rtl ? 'rtl' : 'ltr');
  // Segments in logical order, with the segment each code unit belongs to.
  const segments: { word: number; start: number; end: number; level: number; rtlLetters: boolean }[] = [];
  const segmentOf: number[] = new Array(line.length).fill(-1);
  let at = 0;
  for (const char of line) {
    const word = owner[at] ?? -1;
    const level = levels.levels[at] ?? 0;
    const rtlLetter = RTL.test(char);
    const last = segments[segments.length - 1];
    if (word >= 0) {
      if (last && last.word === word && last.end === at && last.level === level && last.rtlLetters === rtlLetter) last.end += char.length;
      else segments.push({ word, start: at, end: at + char.length, level, rtlLetters: rtlLetter });
      for (let k = 0; k < char.length; k++) segmentOf[at + k] = segments.length - 1;
    }
    at += char.length;
  }
  const out: Segment[] = [];
  const seen = new Set<number>();
  for (const index of bidi.getReorderedIndices(line, levels)) {
    const id = segmentOf[index] ?? -1;
    const segment = segments[id];
    if (!segment || seen.has(id)) continue;
    seen.add(id);
    let text = line.slice(segment.start, segment.end);
    if (segment.level % 2 === 1 && !segment.rtlLetters)
      text = [...text]
        .reverse()
        .map((c) => bidi.getMirroredCharacter(c) ?? c)
        .join('');
    out.push({ word: segment.word, text });
  }
  return out;
}
