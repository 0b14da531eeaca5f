// One reader per input format; a new format is a new file here and one entry below.
import { BriefError } from '../../errors.js';
import type { InputFormat, RawArticle } from '../../types.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { readPlainText } from './text.js';

/** What a reader may know about the text besides its bytes. */
export interface FormatContext {
  /** The address the text was fetched from. */
  url?: string;
}

export type FormatReader = (text: string, context?: FormatContext) => RawArticle;

export const FORMAT_READERS: Readonly<Record<InputFormat, FormatReader>> = {
  text: readPlainText,
  markdown: readMarkdown,
  html: readHtml,
};

/** The blocks and metadata of a text in `format`; a library caller may pass any string, so unknown formats are refused. */
export function readFormat(text: string, format: InputFormat, context: FormatContext = {}): RawArticle {
  if (!Object.hasOwn(FORMAT_READERS, format)) throw new BriefError('INPUT_UNREADABLE', `unknown input format ${JSON.stringify(format)}`);
  return FORMAT_READERS[format](text, context);
}
