// Bounds how deep a page's elements nest before any DOM is built: the parser, Readability and the text walk recurse
// or rescan ancestors, so a page nested 100,000 deep would overflow the stack or take minutes. Tags beyond the
// limit are dropped and their text kept, so the words still read in order.

/** Deeper than any real page nests (the 352 pages of both HTML benchmarks stay under 80), and shallow enough for Readability, whose work grows with depth squared, to stay well under a second. */
export const MAX_NESTING = 128;

// Elements that never hold others, and raw-text elements whose content holds no tags.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'frame', 'keygen']);
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
// Elements whose end tag may be left out: a new one closes the open one, as the HTML parser does.
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);
// Block starts that close an open <p>.
const CLOSES_P = new Set([
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul'],
]);

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*>|<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>/g;

/** Far more elements than any real page has (the largest of the 352 benchmark pages has about 13,000 start tags);
 * the DOM, Readability and the body reader spend tens of microseconds on each, so a million would take minutes. */
export const MAX_ELEMENTS = 30_000;

/**
 * The page with elements nested deeper than `limit` unwrapped (their tags removed, their text kept); the page itself
 * when none is. `elements` counts its start tags.
 */
export function flattenNesting(html: string, limit = MAX_NESTING): { html: string; flattened: number; elements: number } {
  const stack: Array<{ name: string; dropped: boolean }> = [];
  // How many of each element are open, so a stray end tag is ignored without searching the stack.
  const open = new Map<string, number>();
  const out: string[] = [];
  let flattened = 0;
  let elements = 0;
  let from = 0;
  const lower = html.toLowerCase();
  const pop = (): { name: string; dropped: boolean } | undefined => {
    const top = stack.pop();
    if (top) open.set(top.name, (open.get(top.name) ?? 1) - 1);
    return top;
  };
  // Tags end at a ">": past the last one none can match, and leaving that tail out keeps a page full of "<a" without
  // any ">" from costing a scan to the end for each of them.
  const tagged = html.slice(0, html.lastIndexOf('>') + 1);
  TAG.lastIndex = 0;
  for (let m = TAG.exec(tagged); m !== null; m = TAG.exec(tagged)) {
    const [whole, slash, rawName] = m;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    if (slash) {
      if ((open.get(name) ?? 0) === 0) continue;
      // An end tag closes everything opened inside its element; only the element's own end tag can have been dropped.
      let top = pop();
      while (top && top.name !== name) top = pop();
      if (top?.dropped) {
        out.push(html.slice(from, m.index));
        from = m.index + whole.length;
      }
      continue;
    }
    elements++;
    if (RAW.has(name)) {
      // Skip to the raw-text element's end: its content is text, never tags.
      const end = lower.indexOf(`</${name}`, TAG.lastIndex);
      TAG.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (VOID.has(name) || whole.endsWith('/>')) continue;
    const top = stack.at(-1);
    if (top && ((SELF_CLOSING_SIBLINGS.has(name) && top.name === name) || (top.name === 'p' && CLOSES_P.has(name)))) pop();
    const dropped = stack.length >= limit;
    stack.push({ name, dropped });
    open.set(name, (open.get(name) ?? 0) + 1);
    if (dropped) {
      flattened++;
      out.push(html.slice(from, m.index));
      from = m.index + whole.length;
    }
  }
  if (flattened === 0) return { html, flattened, elements };
  out.push(html.slice(from));
  return { html: out.join(''), flattened, elements };
}
