// Why: "<blockquote><strong>Summary</strong> Adhering to …" runs a bold label into its sentence ("Summary Adhering to …"), and the
// label then opened every claim and summary line taken from it; a colon sets it apart as the page does.
import type { DomElement, DomNode } from './html-dom.js';

const ELEMENT = 1;
/** One to three words in capitals and lower case, with no closing punctuation: a label, not a sentence or an all-capitals dateline. */
const LABEL = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}$/u;

/** The texts of a block's children with a colon after a bold label that opens it and runs into a capitalised sentence. */
export function withLabelColon(nodes: readonly DomNode[], texts: readonly string[]): string[] {
  const first = texts.findIndex((t) => t.trim() !== '');
  const node = nodes[first];
  if (first < 0 || node?.nodeType !== ELEMENT || !/^(?:B|STRONG)$/i.test((node as DomElement).tagName)) return [...texts];
  const label = (texts[first] ?? '').trim();
  const rest = texts
    .slice(first + 1)
    .join('')
    .trimStart();
  if (!LABEL.test(label) || !/\p{Ll}/u.test(label) || !/^\p{Lu}/u.test(rest)) return [...texts];
  return texts.map((t, i) => (i === first ? `${t.trimEnd()}: ` : t));
}
