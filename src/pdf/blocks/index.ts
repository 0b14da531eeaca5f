// The block renderers by marked token type; options can replace any of them.
import type { BlockRenderer } from '../layout/context.js';
import { blockquote } from './blockquote.js';
import { code } from './code.js';
import { heading } from './heading.js';
import { hr } from './hr.js';
import { list } from './list.js';
import { paragraph } from './paragraph.js';
import { space } from './space.js';
import { text } from './text.js';

export function defaultBlockRenderers(): Record<string, BlockRenderer> {
  // A link reference definition ("[x]: https://…") draws nothing where it stands.
  return { heading, paragraph, text, list, blockquote, hr, code, html: code, space, def: space };
}
