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

/** Splits front matter off the top of a text; values are plain scalars, one per line, quotes taken off. */
export function splitFrontMatter(text: string): FrontMatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { body: text, lineOffset: 0, fields: {}, invalid: [] };
  const fields: Record<string, string> = {};
  const invalid: FrontMatter['invalid'] = [];
  must(match[1], 'the front matter between the --- lines')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (/^\s*(#.*)?$/.test(line)) return;
      const kv = /^([A-Za-z_][\w.-]*)\s*:\s*(.*?)\s*$/.exec(line);
      if (kv) fields[must(kv[1], 'a front matter key')] = must(kv[2], 'a front matter value').replace(/^(["'])(.*)\1$/, '$2');
      else invalid.push({ line: i + 2, text: line.trim() });
    });
  return { body: text.slice(match[0].length), lineOffset: match[0].split('\n').length - 1, fields, invalid };
}
