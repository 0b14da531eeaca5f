// layoutMarkdown: marked's tokens → positioned text, rules and bars on one page, measured with the real fonts.
import { Lexer, type Token } from 'marked';
import { BriefError } from '../errors.js';
import type { PageBox, PageLayout } from '../types.js';
import { defaultBlockRenderers } from './blocks/index.js';
import type { BlockRenderer, LayoutContext, Measure, Theme } from './layout/context.js';

export interface LayoutOptions {
  page: PageBox;
  fontSize: number;
  theme?: Partial<Theme>;
  blocks?: Record<string, BlockRenderer>;
}

export function defaultTheme(): Theme {
  return { text: '#1a1a1a', muted: '#666666', accent: '#1f4e79', rule: '#b0b7c3', leading: 1.28 };
}

/** The Markdown as marked's block tokens, which layoutTokens reads and never changes. */
export const lexMarkdown = (markdown: string): Token[] => Lexer.lex(markdown);

export function layoutMarkdown(markdown: string, options: LayoutOptions, measure: Measure): PageLayout {
  return layoutTokens(lexMarkdown(markdown), options, measure);
}

/** The page laid out from tokens already lexed (the page fitter lays the same Markdown out at several sizes). */
export function layoutTokens(tokens: readonly Token[], options: LayoutOptions, measure: Measure): PageLayout {
  const blocks = { ...defaultBlockRenderers(), ...options.blocks };
  const renderBlocks = (tokens: readonly Token[], ctx: LayoutContext): void => {
    for (const token of tokens) {
      const render = blocks[token.type];
      // Article text reaches the Markdown escaped, so a block the PDF cannot draw (a table) comes from the template.
      if (!render)
        throw new BriefError('TEMPLATE_INVALID', `the template makes a Markdown ${token.type}, which the PDF cannot draw`, {
          hint: 'the PDF draws headings, paragraphs, lists, block quotes, rules and code blocks',
        });
      render(token, ctx);
    }
  };
  const { page } = options;
  const ctx: LayoutContext = {
    measure,
    theme: { ...defaultTheme(), ...options.theme },
    ops: [],
    size: options.fontSize,
    x: page.margin.left,
    width: page.width - page.margin.left - page.margin.right,
    y: page.margin.top,
    renderBlocks,
  };
  renderBlocks(tokens, ctx);
  const available = page.height - page.margin.top - page.margin.bottom;
  // The last block's trailing gap is not content.
  const height = ctx.y - page.margin.top - options.fontSize * 0.45;
  return { type: 'layout', ops: ctx.ops, fontSize: options.fontSize, height, available, fits: height <= available };
}
