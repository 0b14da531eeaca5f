// Bullet and numbered lists with hanging indents; items may hold nested blocks.
import type { Token, Tokens } from 'marked';
import { withIndent, type LayoutContext } from '../layout/context.js';

export function list(token: Token, ctx: LayoutContext): void {
  const t = token as Tokens.List;
  const start = typeof t.start === 'number' ? t.start : 1;
  const markerWidth = t.ordered ? ctx.measure(`${start + t.items.length - 1}.`, 'regular', ctx.size) + ctx.size * 0.5 : ctx.size * 1.1;
  t.items.forEach((item, i) => {
    const marker = t.ordered ? `${start + i}.` : '•';
    ctx.ops.push({
      type: 'text',
      x: ctx.x + (t.ordered ? 0 : ctx.size * 0.15),
      y: ctx.y,
      text: marker,
      font: 'regular',
      size: ctx.size,
      color: ctx.theme.accent,
      link: null,
    });
    withIndent(ctx, markerWidth, (child) => child.renderBlocks(item.tokens, child));
    ctx.y += ctx.size * 0.3;
  });
  ctx.y += ctx.size * 0.2;
}
