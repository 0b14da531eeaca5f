// Block quotes: indented, with a bar down the left edge.
import type { Token, Tokens } from 'marked';
import { withIndent, type LayoutContext } from '../layout/context.js';

export function blockquote(token: Token, ctx: LayoutContext): void {
  const t = token as Tokens.Blockquote;
  const top = ctx.y;
  withIndent(ctx, ctx.size * 1.2, (child) => child.renderBlocks(t.tokens, child));
  ctx.ops.push({ type: 'bar', x: ctx.x + ctx.size * 0.3, y: top, height: ctx.y - top - ctx.size * 0.45, color: ctx.theme.rule });
}
