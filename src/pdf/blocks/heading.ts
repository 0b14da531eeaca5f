// Headings: the brief's title (depth 1) and section headings (depth 2+) with a rule under sections.
import type { Token, Tokens } from 'marked';
import type { LayoutContext } from '../layout/context.js';
import { inlineRuns } from '../layout/inline-runs.js';
import { wrapRuns } from '../layout/wrap.js';

const SCALE: Readonly<Record<number, number>> = { 1: 1.65, 2: 1.2, 3: 1.05, 4: 1, 5: 1, 6: 1 };

export function heading(token: Token, ctx: LayoutContext): void {
  const t = token as Tokens.Heading;
  const size = ctx.size * (SCALE[t.depth] ?? 1);
  ctx.y += t.depth === 1 ? 0 : ctx.size * 0.5;
  wrapRuns(inlineRuns(t.tokens, { bold: true }), ctx, { size, color: t.depth === 1 ? ctx.theme.text : ctx.theme.accent, leading: 1.2 });
  if (t.depth === 2) {
    ctx.ops.push({ type: 'rule', x: ctx.x, y: ctx.y + 1, width: ctx.width, thickness: 0.6, color: ctx.theme.accent });
    ctx.y += 4;
  }
  ctx.y += ctx.size * 0.35;
}
