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

/** "Jane Roe", "Jane Roe and Tom Hill", "Ann Lee, Jane Roe and Tom Hill": a list as a reader says it; the one join for bylines, front
 * matter, templates and help text. */
export function joinWords(list: readonly string[], conjunction = 'and'): string {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} ${conjunction} ${list[list.length - 1]}`;
}

/** The items of a flow list ("[Jane Roe, \"Tom Hill\"]"), unquoted; undefined for any other value. */
function flowItems(value: string): string[] | undefined {
  const inside = /^\[(.*)\]$/.exec(value)?.[1];
  return inside
    ?.split(',')
    .map((v) => unquote(v.trim()))
    .filter(Boolean);
}

/** A TOML value as the page means it: a basic or literal string unquoted, an array's items joined, anything else as written. */
function tomlValue(value: string): string {
  const items = flowItems(value);
  if (items) return joinWords(items);
  const basic = /^"((?:[^"\\]|\\.)*)"$/.exec(value)?.[1];
  if (basic !== undefined) return basic.replace(/\\(["\\])/g, '$1');
  return value.replace(/^'(.*)'$/, '$1').replace(/\s+#.*$/, '');
}

// A YAML block scalar's indicator ("description: >-" then indented lines): the value is on the lines below.
const BLOCK_SCALAR = /^[|>][+-]?$/;

/**
 * Splits front matter off the top of a text: YAML between `---` lines or TOML between `+++` lines (Hugo). Values are
 * scalars, quotes taken off; a YAML value continued on indented lines (a block scalar, `description: >-`, or a long plain
 * one) is joined with spaces. A list, flow (`author: [Jane Roe, Tom Hill]`) or block (`author:` then `  - Jane Roe` lines),
 * is joined as the page writes it. A TOML table's keys (`[params]`) are not the page's own and are passed over.
 */
export function splitFrontMatter(text: string): FrontMatter {
  const match = /^(---|\+\+\+)\r?\n([\s\S]*?)\r?\n\1\r?\n?/.exec(text);
  if (!match) return { body: text, lineOffset: 0, fields: {}, invalid: [] };
  const toml = match[1] === '+++';
  const fields: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  const invalid: FrontMatter['invalid'] = [];
  // Keys whose value is a nested mapping ("author:" then "  name: Jane Roe"): no scalar to join, and no field of the page's own.
  const mappings = new Set<string>();
  // The key the indented lines below belong to: one whose value is empty (a list) or goes on (a YAML scalar).
  let open: string | null = null;
  let inTable = false;
  must(match[2], 'the front matter between its delimiter lines')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (/^\s*(#.*)?$/.test(line)) return;
      if (!toml && open !== null && /^\s/.test(line)) {
        const item = /^\s+-\s+(.*?)\s*$/.exec(line);
        if (item && fields[open] === '') lists[open] = [...(lists[open] ?? []), unquote(must(item[1], 'a list item'))];
        else if (/^\s+[\w.-]+\s*:(\s|$)/.test(line) && fields[open] === '') mappings.add(open);
        else if (!lists[open] && !mappings.has(open)) fields[open] = `${fields[open] ?? ''} ${line.trim()}`.trim();
        return;
      }
      if (toml && /^\[.*\]$/.test(line.trim())) {
        inTable = true;
        return;
      }
      const kv = (toml ? /^([A-Za-z_][\w.-]*)\s*=\s*(.*?)\s*$/ : /^([A-Za-z_][\w.-]*)\s*:\s*(.*?)\s*$/).exec(line);
      const [, key = '', value = ''] = kv ?? [];
      open = kv && !toml ? key : null;
      if (!kv) {
        invalid.push({ line: i + 2, text: line.trim() });
        return;
      }
      if (toml) {
        if (!inTable) fields[key] = tomlValue(value);
        return;
      }
      const items = flowItems(value);
      fields[key] = items ? joinWords(items) : BLOCK_SCALAR.test(value) ? '' : unquote(value);
    });
  for (const [key, items] of Object.entries(lists)) fields[key] = joinWords(items);
  for (const key of mappings) if (!lists[key]) delete fields[key];
  return { body: text.slice(match[0].length), lineOffset: match[0].split('\n').length - 1, fields, invalid };
}
