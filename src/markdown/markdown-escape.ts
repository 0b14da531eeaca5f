// Article text must come out of the Markdown literally: its *, _, #, [x](y) and <tag> are never formatting.

import { memoized } from '../memo.js';
import { typesetDashes } from './dashes.js';

const SPECIAL = /[\\`*_{}[\]<>#|~&]/g;

// Fitting a page renders the same strings again for each try: each is escaped once.
/** Backslash-escapes every character Markdown could read as syntax; marked prints them literally. */
export const escapeMarkdown = memoized(escapeText, 5_000);

function escapeText(text: string): string {
  return (
    typesetDashes(text)
      .replace(SPECIAL, (c) => `\\${c}`)
      .replace(/^(\s*)([-+=])(?=\s)/gm, '$1\\$2')
      .replace(/^(\s*\d+)([.)])(?=\s)/gm, '$1\\$2')
      // GFM turns bare URLs, www. addresses and e-mail addresses into links: break them with escapes.
      .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1:\\/\\/')
      .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
      .replace(/@/g, '\\@')
      .replace(/\n/g, ' ')
  );
}

/** An address a reader may follow: http, https or mailto, and nothing else (no javascript:, data:, file:, vbscript: or relative paths). */
const LINKABLE = /^(?:https?:\/\/|mailto:)[^\s<>]+$/i;

/** Whether an address may become a live link, in the Markdown brief or the PDF. */
export function isLinkable(address: string): boolean {
  if (!LINKABLE.test(address)) return false;
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(address).protocol);
  } catch {
    return false;
  }
}

/**
 * A web address as a Markdown autolink, `<https://…>`: printed as it stands (no backslash escapes: none are read inside
 * an autolink) and linked. It also serves as a link destination: `[source](<https://…>)`. Any other address
 * (javascript:, data:, a relative path) is escaped text, never a link.
 */
export function markdownAddress(address: string): string {
  const url = address.trim().replace(/[\s<>]/g, (c) => encodeURIComponent(c));
  return isLinkable(url) ? `<${url}>` : escapeMarkdown(address);
}

/** Escapes every string in brief data, so template authors are safe by default. */
export function escapeData<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (Array.isArray(value)) return value.map((v) => escapeData(v)) as T;
  if (value !== null && typeof value === 'object') {
    // A plain loop: the brief's data is escaped once per page try, and entries-to-object made two arrays per field.
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = escapeData((value as Record<string, unknown>)[key]);
    return out as T;
  }
  return value;
}
