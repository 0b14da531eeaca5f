// Thematic breaks: a thin rule across the column.
import type { LayoutContext } from '../layout/context.js';

export function hr(_token: unknown, ctx: LayoutContext): void {
  ctx.y += ctx.size * 0.3;
  ctx.ops.push({ type: 'rule', x: ctx.x, y: ctx.y, width: ctx.width, thickness: 0.5, color: ctx.theme.rule });
  ctx.y += ctx.size * 0.6;
}
