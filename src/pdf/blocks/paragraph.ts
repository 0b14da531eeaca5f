// Paragraphs: wrapped inline text followed by a gap.
import type { Token, Tokens } from 'marked';
import type { LayoutContext } from '../layout/context.js';
import { inlineRuns } from '../layout/inline-runs.js';
import { wrapRuns } from '../layout/wrap.js';

export function paragraph(token: Token, ctx: LayoutContext): void {
  const t = token as Tokens.Paragraph;
  wrapRuns(inlineRuns(t.tokens), ctx, { size: ctx.size, color: ctx.theme.text });
  ctx.y += ctx.size * 0.45;
}
