// Which reader an input needs: the page's own doctype first, then the file's extension, then what the text looks like.
import type { InputFormat } from '../../types.js';

/** A block of "key: value" lines (list items and comments among them) between two "---" lines at the top. */
const FRONT_MATTER =
  /^---\r?\n(?:[ \t]*(?:#.*)?\r?\n|[ \t]+-[ \t].*\r?\n)*[A-Za-z_][\w.-]*[ \t]*:.*\r?\n(?:[A-Za-z_][\w.-]*[ \t]*:.*\r?\n|[ \t]*(?:#.*)?\r?\n|[ \t]+-[ \t].*\r?\n)*---\r?\n/;

/** Hugo's TOML front matter: "key = value" lines between two "+++" lines at the top. */
const TOML_FRONT_MATTER = /^\+\+\+\r?\n(?:[ \t]*(?:#.*)?\r?\n)*[A-Za-z_][\w.-]*[ \t]*=.*\r?\n(?:.*\r?\n)*?\+\+\+\r?(?:\n|$)/;

export function detectFormat(text: string, source = ''): InputFormat {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  // A saved web page is HTML whatever its name says ("story.txt" saved from a browser).
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  const ext = /\.([a-z0-9]+)$/i.exec(source.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  // A front matter block ("---", "title: …" lines, "---") is Markdown's, whatever the name says.
  if (ext === 'txt' || ext === 'text') return FRONT_MATTER.test(text) || TOML_FRONT_MATTER.test(text) ? 'markdown' : 'text';
  if (/<(body|article|p|div|head)\b[^>]*>/.test(head)) return 'html';
  if (/^(---|\+\+\+)\r?\n/.test(text) || /^#{1,2} \S/m.test(text.slice(0, 2000))) return 'markdown';
  return 'text';
}
