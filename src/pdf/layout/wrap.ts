// Greedy line breaking of styled runs inside a column; emits one text op per styled fragment.
import type { FontStyle } from '../../types.js';
import { hasRtl, isRtlParagraph, visualSegments } from './bidi-order.js';
import type { LayoutContext, Run } from './context.js';

interface Piece {
  text: string;
  font: FontStyle;
  link: string | null;
  color: string | null;
  width: number;
  /** A space follows this piece. */
  space: boolean;
  newline: boolean;
}

function piecesOf(runs: readonly Run[], ctx: LayoutContext, size: number): Piece[] {
  const pieces: Piece[] = [];
  for (const run of runs) {
    // A no-break space (U+00A0) is part of the word around it: "sentence\u00a012" never ends one line and starts the next.
    for (const part of run.text.split(/([^\S\u00a0]+)/)) {
      if (part === '') continue;
      if (/^[^\S\u00a0]+$/.test(part)) {
        const last = pieces[pieces.length - 1];
        if (part.includes('\n') && run.text.trim() === '')
          pieces.push({ text: '', font: run.font, link: null, color: null, width: 0, space: false, newline: true });
        else if (last) last.space = true;
        continue;
      }
      pieces.push({ text: part, font: run.font, link: run.link, color: run.color, width: ctx.measure(part, run.font, size), space: false, newline: false });
    }
  }
  return pieces;
}

/** Breaks a word wider than the column into pieces that fit. */
function splitLong(piece: Piece, width: number, ctx: LayoutContext, size: number): Piece[] {
  const out: Piece[] = [];
  let rest = piece.text;
  while (rest !== '') {
    let n = rest.length;
    while (n > 1 && ctx.measure(rest.slice(0, n), piece.font, size) > width) n--;
    const text = rest.slice(0, n);
    rest = rest.slice(n);
    out.push({ ...piece, text, width: ctx.measure(text, piece.font, size), space: rest === '' ? piece.space : false });
  }
  return out;
}

export interface WrapStyle {
  size: number;
  color: string;
  /** Extra indent of the first line's text (for hanging bullets the caller draws). */
  leading?: number;
}

/** Lays out runs as wrapped lines from ctx.y down; returns the number of lines. */
export function wrapRuns(runs: readonly Run[], ctx: LayoutContext, style: WrapStyle): number {
  const size = style.size;
  const lineHeight = size * (style.leading ?? ctx.theme.leading);
  // A space is as wide as the font of the word before it; asked for after nearly every word, so kept per font.
  const spaces: Partial<Record<FontStyle, number>> = {};
  const spaceWidth = (font: FontStyle): number => (spaces[font] ??= ctx.measure(' ', font, size));
  // `line` is always the last of `lines`, the one being filled.
  let line: Piece[] = [];
  const lines: Piece[][] = [line];
  let lineWidth = 0;
  for (const original of piecesOf(runs, ctx, size)) {
    if (original.newline) {
      line = [];
      lines.push(line);
      lineWidth = 0;
      continue;
    }
    for (const piece of original.width > ctx.width ? splitLong(original, ctx.width, ctx, size) : [original]) {
      const prev = line[line.length - 1];
      const gap = prev?.space ? spaceWidth(prev.font) : 0;
      if (prev && lineWidth + gap + piece.width > ctx.width) {
        // A piece glued to the one before ("Kovalenko" + ",") takes that word along: never break inside a word.
        let start = line.length;
        if (!prev.space) {
          start = line.length - 1;
          while (start > 0 && !line[start - 1]?.space) start--;
          // A line that is one long word cannot give any of it away.
          if (start === 0) start = line.length;
        }
        const moved = [...line.splice(start), piece];
        line = moved;
        lines.push(line);
        lineWidth = 0;
        let before: Piece | undefined;
        for (const p of moved) {
          lineWidth = lineWidth + p.width + (before?.space ? spaceWidth(before.font) : 0);
          before = p;
        }
      } else {
        line.push(piece);
        lineWidth += gap + piece.width;
      }
    }
  }
  const all = runs.map((run) => run.text).join('');
  // A line's words are the paragraph's: only a paragraph with right-to-left letters has lines to check.
  const anyRtl = hasRtl(all);
  const rtl = anyRtl && isRtlParagraph(all);
  for (const line of lines) {
    if (anyRtl && hasRtl(line.map((piece) => piece.text).join(''))) {
      placeBidiLine(line, ctx, { size, color: style.color, rtl, spaceWidth });
      ctx.y += lineHeight;
      continue;
    }
    let x = ctx.x;
    let fragment: { text: string; x: number; font: FontStyle; link: string | null; color: string | null } | null = null;
    const flush = (): void => {
      if (fragment && fragment.text.trim() !== '') {
        ctx.ops.push({
          type: 'text',
          x: fragment.x,
          y: ctx.y,
          text: fragment.text,
          font: fragment.font,
          size,
          color: fragment.color ?? style.color,
          link: fragment.link,
        });
      }
      fragment = null;
    };
    line.forEach((piece, i) => {
      const text = piece.text + (piece.space && i < line.length - 1 ? ' ' : '');
      if (fragment && fragment.font === piece.font && fragment.link === piece.link && fragment.color === piece.color) fragment.text += text;
      else {
        flush();
        fragment = { text, x, font: piece.font, link: piece.link, color: piece.color };
      }
      x += piece.width + (piece.space ? spaceWidth(piece.font) : 0);
    });
    flush();
    ctx.y += lineHeight;
  }
  return lines.length;
}

/** A line with right-to-left words: each piece its own op, placed in visual order, the line set right in a right-to-left paragraph. */
function placeBidiLine(
  line: readonly Piece[],
  ctx: LayoutContext,
  o: { size: number; color: string; rtl: boolean; spaceWidth: (font: FontStyle) => number },
): void {
  const segments = visualSegments(line, o.rtl).map((s) => {
    const piece = line[s.word] as Piece;
    return { ...s, piece, width: s.text === piece.text ? piece.width : ctx.measure(s.text, piece.font, o.size) };
  });
  // Words next to each other in reading order keep the space that followed the first; words brought together by reordering get one if either had one.
  const gapAfter = (k: number): number => {
    const a = segments[k];
    const b = segments[k + 1];
    if (!a || !b || a.word === b.word) return 0;
    if (b.word === a.word + 1) return a.piece.space ? o.spaceWidth(a.piece.font) : 0;
    if (a.word === b.word + 1) return b.piece.space ? o.spaceWidth(b.piece.font) : 0;
    return a.piece.space || b.piece.space ? o.spaceWidth(a.piece.font) : 0;
  };
  const width = segments.reduce((w, s, k) => w + s.width + gapAfter(k), 0);
  let x = o.rtl ? ctx.x + Math.max(0, ctx.width - width) : ctx.x;
  segments.forEach((s, k) => {
    const { piece } = s;
    if (s.text.trim() !== '')
      ctx.ops.push({ type: 'text', x, y: ctx.y, text: s.text, font: piece.font, size: o.size, color: piece.color ?? o.color, link: piece.link });
    x += s.width + gapAfter(k);
  });
}
