// Code blocks and raw HTML blocks are shown as plain lines of text, never interpreted.
import type { Token } from 'marked';
import type { LayoutContext } from '../layout/context.js';
import { wrapRuns } from '../layout/wrap.js';

export function code(token: Token, ctx: LayoutContext): void {
  const text = 'text' in token ? String(token.text) : token.raw;
  for (const line of text.split('\n'))
    wrapRuns([{ text: line, font: 'regular', link: null, color: null }], ctx, { size: ctx.size * 0.92, color: ctx.theme.text });
  ctx.y += ctx.size * 0.45;
}
