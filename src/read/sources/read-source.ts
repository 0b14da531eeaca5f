// One input's text from wherever it lives: a file, a URL or standard input, with what the source says of its format.
import { unreachable } from '../../errors.js';
import type { InputFormat } from '../../types.js';
import { checkSize } from './decode-input.js';
import { readFileText } from './file.js';
import { readStdinText } from './stdin.js';
import { decodePage, fetchArticle, type FetchOptions } from './url.js';

export type SourceKind = 'file' | 'url' | 'stdin';

/** Names one input; plain data, so it can cross to a worker thread. */
export interface Source {
  kind: SourceKind;
  /** As the user wrote it (a path relative to the working directory, a URL, or "-"). */
  name: string;
  /** Standard input's bytes, read once by the main thread. */
  bytes?: Uint8Array;
}

export interface SourceOptions {
  /** The folder file names are relative to. */
  cwd: string;
  fetch?: FetchOptions;
  /** Inputs over this many bytes are refused (default 5 MB). */
  maxBytes?: number;
}

export interface SourceText {
  text: string;
  /** The format the server named (Content-Type), for URLs. */
  format?: InputFormat;
  /** The address after redirects, for URLs. */
  url?: string;
}

/** The article text of one input, from a file, a URL or standard input. */
export async function readSource(source: Source, options: SourceOptions): Promise<SourceText> {
  switch (source.kind) {
    case 'stdin':
      return { text: readStdinText(source.bytes, options.maxBytes) };
    case 'url': {
      const page = await fetchArticle(source.name, options.fetch);
      checkSize(page.bytes.length, source.name, options.maxBytes);
      return { text: decodePage(page, source.name), format: page.format ?? undefined, url: page.url };
    }
    case 'file':
      return { text: readFileText(source.name, options.cwd, options.maxBytes) };
    default:
      return unreachable(source.kind, 'input kind', 'INPUT_UNREADABLE');
  }
}
