// Front matter: the `---` block of "key: value" lines at the top of an article or a template layout.
import { must } from './errors.js';

export interface FrontMatter {
  /** The text after the block (all of it when there is no block). */
  body: string;
  /** Lines the block took, so positions in the body can be reported as lines of the file. */
  lineOffset: number;
  fields: Record<string, string>;
  /** Lines of the block that are not "key: value", blank or a # comment, with their 1-based line in the file. */
  invalid: Array<{ line: number; text: string }>;
}

const unquote = (value: string): string => value.replace(/^(["'])(.*)\1$/, '$2');

/** "Jane Roe", "Jane Roe and Tom Hill", "Ann Lee, Jane Roe and Tom Hill": a list's items as the page writes them. */
function joinItems(items: readonly string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The items of a flow list ("[Jane Roe, \"Tom Hill\"]"), unquoted; undefined for any other value. */
function flowItems(value: string): string[] | undefined {
  const inside = /^\[(.*)\]$/.exec(value)?.[1];
  return inside
    ?.split(',')
    .map((v) => unquote(v.trim()))
    .filter(Boolean);
}

/**
 * Splits front matter off the top of a text; values are plain scalars, one per line, quotes taken off. A list, flow
 * (`author: [Jane Roe, Tom Hill]`) or block (`author:` then `  - Jane Roe` lines), is joined as the page writes it.
 */
export function splitFrontMatter(text: string): FrontMatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { body: text, lineOffset: 0, fields: {}, invalid: [] };
  const fields: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  const invalid: FrontMatter['invalid'] = [];
  let open: string | null = null;
  must(match[1], 'the front matter between the --- lines')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (/^\s*(#.*)?$/.test(line)) return;
      const item = /^\s+-\s+(.*?)\s*$/.exec(line);
      if (item && open !== null) {
        lists[open] = [...(lists[open] ?? []), unquote(must(item[1], 'a list item'))];
        return;
      }
      const kv = /^([A-Za-z_][\w.-]*)\s*:\s*(.*?)\s*$/.exec(line);
      const [, key = '', value = ''] = kv ?? [];
      open = kv && value === '' ? key : null;
      if (!kv) {
        invalid.push({ line: i + 2, text: line.trim() });
        return;
      }
      const items = flowItems(value);
      fields[key] = items ? joinItems(items) : unquote(value);
    });
  for (const [key, items] of Object.entries(lists)) fields[key] = joinItems(items);
  return { body: text.slice(match[0].length), lineOffset: match[0].split('\n').length - 1, fields, invalid };
}
