// The fuzz suite's cases and checks, shared by test/fuzz.test.ts (a quick fixed-seed run in npm test) and
// scripts/fuzz.mjs (npm run fuzz, thousands of cases against dist). A case is a seed article (corpus, fixtures,
// small hand-made pages) put through a few mutations and read as a chosen format; the checks are the issue's
// properties: only BriefErrors thrown, exactly one PDF page, the same bytes twice, no live link from article text.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/** Pieces inserted into articles: markup, quotes, brackets, link syntax and text in other scripts. */
export const PIECES = [
  ...['<p>', '</p>', '<div>', '</div>', '</body>', '</html>', '<html>', '<body>', '<!doctype html>', '<head>', '<title>', '</title>'],
  ...['<svg>', '</svg>', '<frameset>', '<frame src="x">', '<script>', '</script>', '<style>', '<br>', '<h1>', '</h1>', '<table><tr><td>'],
  ...['<article>', '<a href="javascript:alert(1)">', '</a>', '<a href="https://example.com/x">', '<!--', '-->', '<![CDATA[', '&amp;', '&#0;', '&'],
  ...['<meta property="og:url" content="javascript:alert(1)">', '<link rel="canonical" href="https://example.com/story">'],
  ...['"', '“', '”', '‘', '’', "'", '«', '»', '„', '(', ')', '[', ']', '{', '}', '{{', '}}', '{{{x}}}', '<', '>', '*', '_', '`', '```', '|'],
  ...['[x](javascript:alert(1))', '[link](https://example.com/a)', '<https://example.com/b>', 'javascript:alert(1)', 'data:text/html,x'],
  ...['\n', '\n\n', '---\n', '---\ntitle: T\n---\n', '# ', '## ', '> ', '- ', '1. ', '\t', '    ', '\r\n', '\u2028'],
  ...['\u202e', '\u200b', '\u00ad', '\ufeff', '\u0301', '😀', '👩‍👩‍👧', '한국어 기사', '中文新闻报道', 'وكالة الأنباء', 'עברית', 'Ελληνικά', 'Кириллица'],
  ...[' said ', ' told reporters ', ' according to ', 'Mr. ', 'Dr. ', ' U.S. ', '...', '—', ' - ', 'By John Smith', 'May 4, 2024'],
];

/** Small pages that are not articles at all: the shapes the HTML reader must survive. */
export const ODD_SEEDS = [
  '<!doctype html>hello',
  '<svg xmlns="http://www.w3.org/2000/svg"><text>Only a drawing</text></svg>',
  '<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>',
  '<html><head><title>T</title></head><body></body><div><p>A paragraph after the body, long enough to be read as the story.</p><p>And another one after it.</p></div></html>',
  '<html><body><p>Inside.</p></body></html><div><p>Outside the page, after its end tag, a paragraph of the story.</p></div>',
  `<!doctype html><html><body>${'<div>'.repeat(300)}<p>Deep inside three hundred levels, the story.</p>${'</div>'.repeat(300)}</body></html>`,
  '',
  '   \n\n  ',
  '# Only a heading',
  '---\ntitle: Front matter only\n---\n',
];

/**
 * The seed texts: the corpus articles (every `every`-th one), the test fixtures' articles and pages, and the odd pages.
 * @returns {string[]}
 */
export function loadSeeds(root, { corpus = join(root, '..', 'shared', 'corpus', 'wikinews', 'articles'), every = 1 } = {}) {
  const seeds = [];
  const article = /\.(txt|md|html?)$/i;
  if (existsSync(corpus)) {
    const files = readdirSync(corpus)
      .filter((f) => article.test(f))
      .sort();
    for (let i = 0; i < files.length; i += every) seeds.push(readFileSync(join(corpus, files[i]), 'utf8'));
  }
  const walk = (dir) => {
    for (const f of readdirSync(dir).sort()) {
      const path = join(dir, f);
      if (statSync(path).isDirectory()) walk(path);
      else if (article.test(f) && !f.startsWith('expected')) seeds.push(readFileSync(path, 'utf8'));
    }
  };
  for (const dir of ['test/fixtures', 'input']) if (existsSync(join(root, dir))) walk(join(root, dir));
  return [...seeds, ...ODD_SEEDS];
}

/** A mutation, as plain data (so a failing case prints and shrinks): positions and lengths are thousandths of the text's length. */
const at = fc.integer({ min: 0, max: 1000 });
const mutation = fc.oneof(
  fc.record({ op: fc.constant('truncate'), at }),
  fc.record({ op: fc.constant('insert'), at, piece: fc.constantFrom(...PIECES), times: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('insert-text'), at, text: fc.string({ unit: 'grapheme', maxLength: 12 }) }),
  fc.record({ op: fc.constant('delete'), at, length: at }),
  fc.record({ op: fc.constant('duplicate'), at, length: at, times: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ op: fc.constant('splice'), at, other: fc.nat(), from: at }),
);

/** A case: which seed, which mutations, and the format it is read as ('auto' detects it). */
export function caseArbitrary(seedCount) {
  return fc.record({
    seed: fc.nat({ max: seedCount - 1 }),
    mutations: fc.array(mutation, { maxLength: 5 }),
    format: fc.constantFrom('auto', 'auto', 'text', 'markdown', 'html'),
  });
}

const cut = (text, thousandths) => Math.floor((text.length * thousandths) / 1000);

/** The text of a case: its seed with each mutation applied in turn. */
export function caseText(spec, seeds) {
  let text = seeds[spec.seed % seeds.length] ?? '';
  for (const m of spec.mutations) {
    const i = cut(text, m.at);
    switch (m.op) {
      case 'truncate':
        text = text.slice(0, i);
        break;
      case 'insert':
        text = text.slice(0, i) + m.piece.repeat(m.times) + text.slice(i);
        break;
      case 'insert-text':
        text = text.slice(0, i) + m.text + text.slice(i);
        break;
      case 'delete':
        text = text.slice(0, i) + text.slice(i + Math.min(2000, cut(text, m.length)));
        break;
      case 'duplicate': {
        const piece = text.slice(i, i + Math.min(2000, cut(text, m.length)));
        text = text.slice(0, i) + piece.repeat(m.times + 1) + text.slice(i + piece.length);
        break;
      }
      case 'splice': {
        const other = seeds[m.other % seeds.length] ?? '';
        text = text.slice(0, i) + other.slice(cut(other, m.from));
        break;
      }
    }
  }
  return text;
}

/** The file extension a case is saved under in test/fixtures/fuzz/, which also says the format it is read as. */
export const EXTENSIONS = { auto: 'input', text: 'text', markdown: 'markdown', html: 'html' };
/** The format a fixture file is read as, from its extension. */
export function formatOfFixture(name) {
  const ext = name.slice(name.lastIndexOf('.') + 1);
  return ext === 'text' ? 'text' : ext === 'markdown' ? 'markdown' : ext === 'html' ? 'html' : undefined;
}

/** Pages in a PDF: its /Type /Page objects (pdfkit writes object dictionaries uncompressed). */
export function pdfPageCount(pdf) {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []
  ).length;
}

/** The URIs of the PDF's link annotations, unescaped. */
export function pdfLinks(pdf) {
  const text = Buffer.from(pdf).toString('latin1');
  const links = [];
  for (const m of text.matchAll(/\/URI\s*\(((?:\\[\s\S]|[^\\)])*)\)/g)) links.push((m[1] ?? '').replace(/\\([\\()])/g, '$1'));
  for (const m of text.matchAll(/\/URI\s*<([0-9a-fA-F\s]*)>/g)) links.push(Buffer.from((m[1] ?? '').replace(/\s/g, ''), 'hex').toString('latin1'));
  return links;
}

/**
 * Briefs a case twice and sorts it into one outcome: 'ok', 'error:<CODE>' (a BriefError), 'crash', 'slow',
 * 'pages' (not one page), 'nondeterministic' or 'live-link'.
 * @param {{ briefText: Function, isBriefError: (e: unknown) => boolean, template: unknown }} api
 */
export async function runCase(api, text, format, { slowMs = 10_000, twice = true } = {}) {
  const options = { source: 'case', formats: ['pdf', 'md', 'json'], template: api.template, ...(format === 'auto' ? {} : { format }) };
  const started = performance.now();
  let first;
  try {
    first = await api.briefText(text, options);
  } catch (error) {
    const ms = performance.now() - started;
    if (api.isBriefError(error)) return { outcome: ms > slowMs ? 'slow' : `error:${error.code}`, ms, message: error.message };
    return { outcome: 'crash', ms, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  const ms = performance.now() - started;
  const pdf = first.pdf ?? new Uint8Array();
  const pages = pdfPageCount(pdf);
  if (pages !== 1) return { outcome: 'pages', ms, message: `${pages} pages` };
  // Only the article's own source address may be a link: the header or footer prints it; nothing in the body is live.
  const allowed = new Set([first.brief.meta.url].filter(Boolean));
  const stray = pdfLinks(pdf).filter((uri) => !allowed.has(uri));
  if (stray.length > 0) return { outcome: 'live-link', ms, message: stray.join(' ') };
  if (ms > slowMs) return { outcome: 'slow', ms, message: `${Math.round(ms)} ms` };
  if (twice) {
    let second;
    try {
      second = await api.briefText(text, options);
    } catch (error) {
      return { outcome: 'nondeterministic', ms, message: `threw the second time: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (!Buffer.from(pdf).equals(Buffer.from(second.pdf ?? [])) || first.markdown !== second.markdown || first.json !== second.json)
      return { outcome: 'nondeterministic', ms, message: 'a second brief of the same input differs' };
  }
  return { outcome: 'ok', ms, message: '' };
}

/** Outcomes that are failures: each becomes a fixture. */
export const isFailure = (outcome) => !(outcome === 'ok' || outcome.startsWith('error:'));
