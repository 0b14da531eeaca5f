// Addresses the page shows as text because they are not http, https or mailto: each one is a warning, whoever wrote it.
import { walkTokens, type Token } from 'marked';
import { isLinkable } from '../markdown/markdown-escape.js';
import type { ArticleMeta } from '../types.js';

/** One warning per distinct address the page would have linked but draws as text instead, in order of appearance; `tokens` are the page's Markdown lexed. */
export function linkWarnings(tokens: readonly Token[], meta: Pick<ArticleMeta, 'url'>): string[] {
  const refused = new Set<string>();
  if (meta.url !== null && !isLinkable(meta.url)) refused.add(meta.url);
  walkTokens(tokens as Token[], (token: Token) => {
    if (token.type === 'link' && !isLinkable(token.href)) refused.add(token.href);
  });
  return [...refused].map((address) => `"${shorten(address)}" is drawn as text, not a link: only http, https and mailto addresses are linked`);
}

/** A long address (a data: URL) is quoted by its start. */
function shorten(address: string): string {
  const chars = Array.from(address);
  return chars.length > 60 ? `${chars.slice(0, 57).join('')}…` : address;
}
