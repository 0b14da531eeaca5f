// The bad-input matrix (issue 14): every input or option a user can get wrong gives its exit code and one line naming it.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from './helpers/pdf-text.js';
import { runCli, type CliRun } from './helpers/run-cli.js';
import { SEED_TEXT } from './helpers/seed.js';

/** One row: what is typed (in a folder holding the files below), the exit code, and the one line stderr must be. */
interface Row {
  name: string;
  argv: string[];
  code: number;
  /** Every line stderr prints, in order (the batch summary line aside). */
  lines: RegExp[];
  stdin?: string;
  /** More checks on what was written. */
  check?: (run: CliRun, dir: string) => void | Promise<void>;
}

const SHORT_ARTICLE = 'The city council voted on Tuesday to approve the budget for next year, officials said.';
const LONG_HEADLINE = Array.from({ length: 600 }, (_, i) => `Word${i}`).join(' ');

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'brief-bad-'));
  const put = (name: string, data: string | Buffer): void => writeFileSync(join(dir, name), data);
  put('good.txt', SEED_TEXT);
  put('empty.txt', '');
  put('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  put('nul.txt', Buffer.from('Some words\u0000then binary'));
  put('latin1.txt', Buffer.from([0x61, 0x62, 0xe9, 0x20, 0x63]));
  put('afile', 'not a folder');
  mkdirSync(join(dir, 'no-articles'));
  put(join('no-articles', 'notes.pdf'), '%PDF-1.7');
  symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'));
  symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'));
  mkdirSync(join(dir, 'tree', 'real'), { recursive: true });
  put(join('tree', 'real', 'story.txt'), SEED_TEXT);
  symlinkSync('real', join(dir, 'tree', 'link'));
  mkdirSync(join(dir, 'links'));
  symlinkSync('loop-d.txt', join(dir, 'links', 'loop-c.txt'));
  symlinkSync('loop-c.txt', join(dir, 'links', 'loop-d.txt'));
  symlinkSync('gone.txt', join(dir, 'links', 'dangling.txt'));
  put('long.md', `---\ntitle: ${LONG_HEADLINE}\nauthor: ${'Ann Lee '.repeat(200)}\nsource: ${'Harbour Times '.repeat(50)}\n---\n\n${SHORT_ARTICLE}\n`);
  put(
    'lost.md',
    [
      '---',
      'title: Council votes on the budget',
      '---',
      '# Council votes on the budget',
      '',
      `${SHORT_ARTICLE.replace('the budget', 'the budget {{meta.headline}}')}`,
      '',
      '# Reaction',
      '',
      'The mayor said the vote was a good result, and the opposition said it would ask for a recount.',
      '',
      'Critics pointed to [the report](javascript:alert(1)) and said the plan would raise taxes next year.',
      '',
    ].join('\n'),
  );
  const prose = `${SHORT_ARTICLE} The mayor said the vote was a good result for the town.`;
  put('doctype.html', `<!doctype html>${prose}`);
  put('after.html', `<html><head><title>Budget vote</title></head><body><p>Intro.</p></body></html><div><p>${prose}</p><p>${prose}</p></div>`);
  put('frames.html', '<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>');
  put('svg.html', `<svg xmlns="http://www.w3.org/2000/svg"><text>${prose}</text></svg>`);
  put('deep.html', `${'<div>'.repeat(100_000)}<p>${prose}</p>${'</div>'.repeat(100_000)}`);
  mkdirSync(join(dir, 'tpl-link'));
  put(join('tpl-link', 'layout.md.hbs'), '# {{meta.headline}}\n\n[click me](javascript:alert(1)) [site](https://example.org)\n\n{{> summary}}\n');
  mkdirSync(join(dir, 'tpl-broken'));
  put(join('tpl-broken', 'layout.md.hbs'), '# {{meta.headline}}\n\n{{#each quotes}}\n- {{text}\n{{/each}}\n');
  mkdirSync(join(dir, 'tpl-table'));
  put(join('tpl-table', 'layout.md.hbs'), '# {{meta.headline}}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
  mkdirSync(join(dir, 'tpl-huge'));
  put(join('tpl-huge', 'layout.md.hbs'), `# {{meta.headline}}\n\n${'A line of the template that never ends.\n\n'.repeat(120)}`);
});

const out = (): string => mkdtempSync(join(dir, 'out-'));
const ONE_PAGE = async (path: string): Promise<void> => expect((await readPdf(readFileSync(path))).pages).toBe(1);

const ROWS: Row[] = [
  // --- Inputs (exit 3): each failure names the input as typed. ---
  { name: 'missing file', argv: ['missing.txt'], code: 3, lines: [/^brief: missing\.txt: no such file$/] },
  { name: 'empty file', argv: ['empty.txt'], code: 3, lines: [/^brief: empty\.txt: the input is empty$/] },
  { name: 'empty standard input', argv: ['-'], stdin: '', code: 3, lines: [/^brief: -: the input is empty$/] },
  { name: 'binary file (an image)', argv: ['image.txt'], code: 3, lines: [/^brief: image\.txt: this is a PNG image, not a news article/] },
  { name: 'binary file (a NUL byte)', argv: ['nul.txt'], code: 3, lines: [/^brief: nul\.txt: binary data \(a NUL byte at offset 10\), not text$/] },
  { name: 'invalid UTF-8', argv: ['latin1.txt'], code: 3, lines: [/^brief: latin1\.txt: invalid UTF-8 at byte offset 2$/] },
  { name: 'symlink loop', argv: ['loop-a.txt'], code: 3, lines: [/^brief: loop-a\.txt: a loop of symbolic links, not a file$/] },
  {
    name: 'dangling symlink',
    argv: ['links/dangling.txt'],
    code: 3,
    lines: [/^brief: links\/dangling\.txt: a symbolic link to gone\.txt, which does not exist$/],
  },
  {
    name: 'links in a folder say what they are, as when named',
    argv: ['links'],
    code: 3,
    lines: [
      /^brief: links\/dangling\.txt: a symbolic link to gone\.txt, which does not exist$/,
      /^brief: links\/loop-c\.txt: a loop of symbolic links, not a file$/,
      /^brief: links\/loop-d\.txt: a loop of symbolic links, not a file$/,
    ],
  },
  { name: 'folder with no articles', argv: ['no-articles'], code: 3, lines: [/^brief: no-articles: the folder holds no articles/] },
  {
    name: 'glob matching nothing in a batch with a good file: the good file is still briefed',
    argv: ['nothing/*.txt', 'good.txt', '--format', 'md'],
    code: 3,
    lines: [
      /^brief: nothing\/\*\.txt: no articles \(\.txt, \.text, \.md, \.markdown, \.html, \.htm, \.xhtml, in any case\) match this pattern$/,
      /^good\.txt → good\.md/,
    ],
    check: (r) => {
      expect(r.stderr).toMatch(/\n1 briefed, 1 failed, [\d.]+ s\n$/);
      expect(readdirSync(outOf(r))).toEqual(['good.md']);
    },
  },
  {
    name: '**/*.txt reaches one file twice through a link: briefed once',
    argv: ['tree/**/*.txt', '--format', 'md'],
    code: 0,
    lines: [/^tree\/(link|real)\/story\.txt → story\.md/],
    check: (r) => expect(readdirSync(outOf(r))).toEqual(['story.md']),
  },
  // --- Output paths (exit 3): the path the user gave, never a temporary file. ---
  { name: '--out is a file', argv: ['good.txt', '--out', 'afile'], code: 3, lines: [/^brief: afile: --out names a file, not a folder$/] },
  {
    name: '--out under a file',
    argv: ['good.txt', '--out', 'afile/sub'],
    code: 3,
    lines: [/^brief: afile\/sub: --out goes through afile, a file, not a folder$/],
  },
  {
    name: '--output into a missing folder',
    argv: ['good.txt', '--format', 'md', '--output', 'nowhere/brief.md'],
    code: 3,
    lines: [/^brief: nowhere\/brief\.md: --output: the folder nowhere does not exist$/],
    check: () => expect(existsSync(join(dir, 'nowhere'))).toBe(false),
  },
  {
    name: 'templates eject into a file',
    argv: ['templates', 'eject', 'default', 'afile'],
    code: 3,
    lines: [/^brief: .*afile: is a file, not a folder to copy the template into$/],
  },
  // --- Usage mistakes (exit 2): what was typed is quoted. ---
  {
    name: 'empty --output',
    argv: ['good.txt', '--format', 'md', '--output', ''],
    code: 2,
    lines: [/^brief: --output takes a file name, or "-" for standard output$/],
  },
  { name: 'bad --margin', argv: ['good.txt', '--margin', 'abc'], code: 2, lines: [/^brief: --margin must be a number from 18 to 144, not "abc"$/] },
  { name: '--margin out of range', argv: ['good.txt', '--margin', '5'], code: 2, lines: [/^brief: --margin must be a number from 18 to 144, not "5"$/] },
  { name: 'bad --font-size', argv: ['good.txt', '--font-size', 'big'], code: 2, lines: [/^brief: --font-size must be a number from 8 to 14, not "big"$/] },
  { name: 'bad --page-size', argv: ['good.txt', '--page-size', 'B5'], code: 2, lines: [/^brief: --page-size must be one of A4, Letter, not "B5"$/] },
  { name: 'bad --jobs', argv: ['good.txt', '--jobs', 'two'], code: 2, lines: [/^brief: --jobs takes a whole number of 1 or more, not "two"$/] },
  { name: 'bad --timeout', argv: ['good.txt', '--timeout', 'soon'], code: 2, lines: [/^brief: --timeout takes a number of seconds above 0, not "soon"$/] },
  {
    name: 'bad --format',
    argv: ['good.txt', '--format', 'docx'],
    code: 2,
    lines: [/^brief: --format takes pdf, md and json \(comma-separated\), not "docx"$/],
  },
  { name: 'unknown option', argv: ['good.txt', '--frobnicate'], code: 2, lines: [/^brief: Unknown argument: frobnicate \(run "brief --help" for usage\)$/] },
  {
    name: '--output with two inputs',
    argv: ['good.txt', 'empty.txt', '--format', 'md', '--output', '-'],
    code: 2,
    lines: [/^brief: --output takes one input and one --format/],
  },
  // --- Templates (exit 4, and only templates). ---
  { name: 'template that does not exist', argv: ['good.txt', '--template', './tpl-none'], code: 4, lines: [/^brief: .*tpl-none: no template folder here/] },
  { name: 'template syntax error', argv: ['good.txt', '--template', './tpl-broken'], code: 4, lines: [/tpl-broken\/layout\.md\.hbs:4:\d+: syntax error/] },
  {
    name: 'template whose own text cannot fit: names the input',
    argv: ['good.txt', '--template', './tpl-huge', '--format', 'pdf'],
    code: 4,
    lines: [/^brief: good\.txt: the template's own text does not fit on one page/],
  },
  {
    name: 'template that makes a Markdown table the PDF cannot draw: names the input',
    argv: ['good.txt', '--template', './tpl-table', '--format', 'pdf'],
    code: 4,
    lines: [/^brief: good\.txt: the template makes a Markdown table, which the PDF cannot draw/],
  },
  // --- Briefed despite the input (exit 0). ---
  {
    name: 'over-long headline, byline and outlet: ellipsis on the page, whole in the JSON',
    argv: ['long.md', '--format', 'pdf,md,json'],
    code: 0,
    lines: [/^long\.md → long\.pdf, long\.md, long\.json/],
    check: async (r) => {
      const md = readFileSync(join(outOf(r), 'long.md'), 'utf8');
      const [title = '', header = ''] = md.split('\n\n');
      expect(title).toMatch(/^# Word0 Word1 .* …$/);
      expect(title.length).toBeLessThan(300);
      expect(header).toMatch(/^\*\*Harbour Times .* …\*\* · By Ann Lee .* …$/);
      const json = JSON.parse(readFileSync(join(outOf(r), 'long.json'), 'utf8'));
      expect(json.meta.headline).toBe(LONG_HEADLINE);
      expect(json.meta.byline).toBe('Ann Lee '.repeat(200).trim());
      const pdf = await readPdf(readFileSync(join(outOf(r), 'long.pdf')));
      expect(pdf.pages).toBe(1);
      // The running header, too long for the page, is cut at a word with an ellipsis (pdfkit's wrapper).
      expect(pdf.text.split('\n')[0]).toMatch(/^BRIEF · Harbour Times( Harbour Times)*…$/);
    },
  },
  {
    name: "a template's own javascript: link is drawn as text, with a warning naming the input",
    argv: ['good.txt', '--template', './tpl-link', '--format', 'pdf'],
    code: 0,
    lines: [/^brief: good\.txt: warning: "javascript:alert\(1\)" is drawn as text, not a link/, /^good\.txt → good\.pdf/],
    check: (r) => {
      const pdf = readFileSync(join(outOf(r), 'good.pdf')).toString('latin1');
      expect(pdf).toContain('/URI (https://example.org)');
      expect(pdf).not.toMatch(/\/URI \(javascript/i);
    },
  },
  {
    name: 'nothing of a Markdown article is lost: a second H1, {{…}} and link syntax come through as written',
    argv: ['lost.md', '--format', 'md,json'],
    code: 0,
    lines: [/^lost\.md → lost\.md, lost\.json/],
    check: (r) => {
      const json = JSON.parse(readFileSync(join(outOf(r), 'lost.json'), 'utf8'));
      const md = readFileSync(join(outOf(r), 'lost.md'), 'utf8');
      // The leading H1 repeats the title and goes; the second one keeps its words.
      expect(json.meta.headline).toBe('Council votes on the budget');
      expect(json.meta.paragraphs).toBe(4);
      expect(md).toContain('the budget \\{\\{meta.headline\\}\\} for next year');
      expect(json.summary.map((s: { text: string }) => s.text).join(' ')).toContain('{{meta.headline}}');
      expect(JSON.stringify(json)).toContain('[the report](javascript:alert(1)) and said');
      expect(JSON.stringify(json)).not.toContain('report)');
    },
  },
  // --- Odd HTML (once "unexpected error" crashes) and the size limit. ---
  { name: 'HTML that does not start with a tag', argv: ['doctype.html', '--format', 'json'], code: 0, lines: [/^doctype\.html → doctype\.json/] },
  {
    name: 'paragraphs after </body>',
    argv: ['after.html', '--format', 'json'],
    code: 0,
    lines: [/^after\.html → after\.json/],
    check: (r) => expect(JSON.parse(readFileSync(join(outOf(r), 'after.json'), 'utf8')).meta.paragraphs).toBeGreaterThanOrEqual(2),
  },
  {
    name: 'a frameset page',
    argv: ['frames.html'],
    code: 3,
    lines: [/^brief: frames\.html: the page is a frameset; its text is in the pages it frames \(a\.html, b\.html\)/],
  },
  { name: 'an <svg>-only page', argv: ['svg.html'], code: 3, lines: [/^brief: svg\.html: no article body found/] },
  { name: 'HTML nested 100,000 deep', argv: ['deep.html'], code: 3, lines: [/^brief: deep\.html: the page has 100,001 HTML elements, over the 30,000/] },
  {
    name: 'an input over --max-size',
    argv: ['good.txt', '--max-size', '0.0001'],
    code: 3,
    lines: [/^brief: good\.txt: the input is [\d.]+ kB, over the 100 bytes limit/],
  },
  { name: 'a bad --max-size', argv: ['good.txt', '--max-size', 'big'], code: 2, lines: [/^brief: --max-size takes a number of megabytes above 0, not "big"/] },
];

/** The --out folder a row wrote to (each row gets its own). */
const outs = new WeakMap<CliRun, string>();
function outOf(run: CliRun): string {
  const folder = outs.get(run);
  if (folder === undefined) throw new Error('this row wrote no --out folder');
  return folder;
}

describe('bad-input matrix: exit code and one line naming the input', () => {
  for (const row of ROWS) {
    it(`${row.name} → exit ${row.code}`, async () => {
      const folder = out();
      // Only the briefing command takes --out: a subcommand refuses it.
      const usesOut = row.argv[0] !== 'templates' && !row.argv.includes('--out') && !row.argv.includes('--output');
      const run = await runCli([...row.argv, ...(usesOut ? ['--out', folder] : [])], { cwd: dir, stdin: row.stdin });
      outs.set(run, folder);
      expect(run.code, run.stderr).toBe(row.code);
      const lines = run.stderr.split('\n').filter((line) => line !== '' && !/^\d+ briefed, \d+ failed/.test(line));
      expect(lines, run.stderr).toHaveLength(row.lines.length);
      for (const [i, pattern] of row.lines.entries()) expect(lines[i]).toMatch(pattern);
      // No error ever shows a temporary file or an unexpected error.
      expect(run.stderr).not.toMatch(/\.tmp\b|unexpected error/);
      await row.check?.(run, dir);
    });
  }
});
