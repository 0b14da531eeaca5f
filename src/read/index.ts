// read/ owns the entry of bytes: sources (file, URL, stdin) give an input's text, formats (text, Markdown, HTML)
// and the header parser turn that text into an Article. Nothing here imports outside read/ but the shared basics.
export { readArticle, type ReadOptions } from './read-article.js';
export { detectFormat } from './formats/detect.js';
export { FORMAT_READERS, readFormat, type FormatReader } from './formats/registry.js';
export { readSource, type Source, type SourceKind, type SourceOptions, type SourceText } from './sources/read-source.js';
export { expandInputs, type InputRef } from './sources/expand-inputs.js';
export { decodeInput } from './sources/decode-input.js';
export { decodePage, defaultFetchOptions, fetchArticle, isUrl, type FetchedPage, type FetchOptions } from './sources/url.js';
