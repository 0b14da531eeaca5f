// Inline Markdown tokens → styled runs of text; one handler per token type, and unknown types fail loudly.
import type { Token } from 'marked';
import { BriefError } from '../../errors.js';
import { isLinkable } from '../../markdown/markdown-escape.js';
import type { FontStyle } from '../../types.js';
import type { Run } from './context.js';

interface RunStyle {
  bold: boolean;
  italic: boolean;
  link: string | null;
}

type InlineHandler = (token: Token, style: RunStyle, out: Run[]) => void;

const fontOf = (style: RunStyle): FontStyle => (style.bold ? (style.italic ? 'boldItalic' : 'bold') : style.italic ? 'italic' : 'regular');

function push(text: string, style: RunStyle, out: Run[]): void {
  if (text !== '') out.push({ text, font: fontOf(style), link: style.link, color: null });
}

function children(token: Token, style: RunStyle, out: Run[]): void {
  const nested = 'tokens' in token && Array.isArray(token.tokens) ? token.tokens : null;
  if (nested) collect(nested, style, out);
  else push('text' in token ? String(token.text) : '', style, out);
}

const handlers: Readonly<Record<string, InlineHandler>> = {
  text: (t, s, out) => children(t, s, out),
  escape: (t, s, out) => push((t as { text: string }).text, s, out),
  strong: (t, s, out) => children(t, { ...s, bold: true }, out),
  em: (t, s, out) => children(t, { ...s, italic: true }, out),
  del: (t, s, out) => children(t, s, out),
  codespan: (t, s, out) => push((t as { text: string }).text, s, out),
  // Only http, https and mailto become live links; any other address (a template's javascript: too) is its text alone.
  link: (t, s, out) => {
    const href = (t as { href: string }).href;
    children(t, { ...s, link: isLinkable(href) ? href : null }, out);
  },
  image: (t, s, out) => push(`[${(t as { text: string }).text || 'image'}]`, s, out),
  br: (_t, s, out) => push('\n', s, out),
  // Raw HTML in a template is shown as text: the PDF never interprets markup.
  html: (t, s, out) => push((t as { text: string }).text, s, out),
};

export function collect(tokens: readonly Token[], style: RunStyle, out: Run[]): void {
  for (const token of tokens) {
    const handler = handlers[token.type];
    if (!handler) throw new BriefError('RENDER_FAILED', `the PDF renderer has no handler for inline Markdown token "${token.type}"`);
    handler(token, style, out);
  }
}

/** The runs of an inline token list, starting from a base style. */
export function inlineRuns(tokens: readonly Token[], base: Partial<RunStyle> = {}): Run[] {
  const out: Run[] = [];
  collect(tokens, { bold: false, italic: false, link: null, ...base }, out);
  return out;
}
