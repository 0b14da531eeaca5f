// A bare text block, as marked gives inside tight list items.
import type { Token, Tokens } from 'marked';
import type { LayoutContext } from '../layout/context.js';
import { inlineRuns } from '../layout/inline-runs.js';
import { wrapRuns } from '../layout/wrap.js';

export function text(token: Token, ctx: LayoutContext): void {
  const t = token as Tokens.Text;
  wrapRuns(inlineRuns(t.tokens ?? [{ type: 'text', raw: t.raw, text: t.text }]), ctx, { size: ctx.size, color: ctx.theme.text });
}
