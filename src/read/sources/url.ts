// Fetches an article from an http(s) URL: a timeout, a size limit, a few redirects, and clear errors.
import { BriefError } from '../../errors.js';
import type { InputFormat } from '../../types.js';
import { decodeInput, decodeLegacy } from './decode-input.js';

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  bytes: Uint8Array;
  /** The charset the server named, if any. */
  charset: string | null;
  /** The address after redirects. */
  url: string;
  /** The format the Content-Type names, when it names one. */
  format: InputFormat | null;
}

export function defaultFetchOptions(): Required<FetchOptions> {
  return { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };
}

export const isUrl = (input: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(input);

const REFUSED_TYPES = /^(image|audio|video|font)\/|^application\/(pdf|zip|octet-stream|gzip|x-|vnd\.)/i;

function formatOf(contentType: string): InputFormat | null {
  if (/html|xml/i.test(contentType)) return 'html';
  if (/markdown/i.test(contentType)) return 'markdown';
  if (/^text\/plain/i.test(contentType)) return 'text';
  return null;
}

async function readCapped(response: Response, max: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > max) throw new BriefError('INPUT_UNREADABLE', `the page is ${declared} bytes, over the ${max}-byte limit`, { file: url });
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > max) throw new BriefError('INPUT_UNREADABLE', `the page is over the ${max}-byte limit`, { file: url });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Why a fetch failed, in words: the network error's code read out ("ENOTFOUND" → no such host), else its own message. */
function fetchFailure(error: unknown, url: URL): string {
  const cause = ((error as Error & { cause?: unknown }).cause ?? error) as Error & { code?: string };
  const code = cause.code ?? '';
  if (code === 'ENOTFOUND') return `no such host: ${url.hostname}`;
  if (code === 'EAI_AGAIN') return `no answer from DNS for ${url.hostname} (offline?)`;
  if (code === 'ECONNREFUSED') return `${url.host} refused the connection`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `${url.host} closed the connection`;
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') return `the network cannot reach ${url.hostname}`;
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return `${url.host} did not answer the connection`;
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code)) return `the site's TLS certificate is not valid here (${code})`;
  if (cause.message === 'bad port') return `port ${url.port} is one fetching refuses (as browsers do)`;
  return cause.message;
}

/** Fetches `address`, following at most `maxRedirects` redirects, and only ever to http or https. */
export async function fetchArticle(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const o = { ...defaultFetchOptions(), ...options };
  let url = address;
  const signal = AbortSignal.timeout(o.timeoutMs);
  for (let hop = 0; ; hop++) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new BriefError('INPUT_UNREADABLE', 'not a valid URL', { file: url });
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new BriefError('INPUT_UNREADABLE', `only http and https URLs can be fetched, not ${parsed.protocol.replace(/:$/, '')}`, { file: address });
    }
    let response: Response;
    try {
      response = await fetch(parsed, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': 'brief (news article briefing tool)', accept: 'text/html, text/markdown, text/plain;q=0.9, */*;q=0.1' },
      });
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${o.timeoutMs / 1000} s` : `cannot fetch: ${fetchFailure(error, parsed)}`;
      throw new BriefError('INPUT_UNREADABLE', reason, { file: address, cause: error });
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      if (hop >= o.maxRedirects) throw new BriefError('INPUT_UNREADABLE', `more than ${o.maxRedirects} redirects`, { file: address });
      url = new URL(location, parsed).toString();
      continue;
    }
    if (!response.ok)
      throw new BriefError('INPUT_UNREADABLE', `the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, {
        file: address,
      });
    const contentType = response.headers.get('content-type') ?? '';
    if (REFUSED_TYPES.test(contentType))
      throw new BriefError('INPUT_NOT_TEXT', `the page is ${contentType.split(';')[0]}, not a news article in text, Markdown or HTML`, { file: address });
    let bytes: Uint8Array;
    try {
      bytes = await readCapped(response, o.maxBytes, address);
    } catch (error) {
      if (error instanceof BriefError) throw error;
      throw new BriefError('INPUT_UNREADABLE', `the download failed: ${(error as Error).message}`, { file: address, cause: error });
    }
    const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? null;
    return { bytes, charset, url, format: formatOf(contentType) };
  }
}

/** The page's text: the server's charset when it names one other than UTF, else the usual UTF checks. */
export function decodePage(page: FetchedPage, source: string): string {
  if (!page.charset || /^utf-?(8|16)/.test(page.charset)) return decodeInput(page.bytes, source);
  try {
    return decodeLegacy(page.bytes, page.charset);
  } catch {
    throw new BriefError('INPUT_NOT_TEXT', `the page is in the ${page.charset} encoding, which cannot be read here`, { file: source });
  }
}
