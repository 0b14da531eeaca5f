// The state one layout pass threads through the block renderers: where to draw next, and how.
import type { Token, Tokens } from 'marked';
import type { FontStyle, LayoutOp } from '../../types.js';

/** Width of a text in a font at a size, in points; the PDF module supplies it from the real font. */
export type Measure = (text: string, font: FontStyle, size: number) => number;

export interface Theme {
  text: string;
  muted: string;
  accent: string;
  rule: string;
  /** Line height as a multiple of the font size. */
  leading: number;
}

export interface LayoutContext {
  measure: Measure;
  theme: Theme;
  ops: LayoutOp[];
  /** Body font size. */
  size: number;
  /** Left edge and width of the current column (lists and quotes indent it). */
  x: number;
  width: number;
  /** Next free vertical position. */
  y: number;
  renderBlocks: (tokens: readonly Token[], ctx: LayoutContext) => void;
}

export type BlockRenderer = (token: Token, ctx: LayoutContext) => void;

export interface Run {
  text: string;
  font: FontStyle;
  link: string | null;
  color: string | null;
}

export type InlineToken = Tokens.Generic;

/** Lays out `fn` in a column indented by `by` points, then carries the position back. */
export function withIndent(ctx: LayoutContext, by: number, fn: (child: LayoutContext) => void): void {
  const child: LayoutContext = { ...ctx, x: ctx.x + by, width: ctx.width - by };
  fn(child);
  ctx.y = child.y;
}
