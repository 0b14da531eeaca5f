import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { createProgress } from '../src/progress.js';
import { detectFormat, readArticle } from '../src/read/index.js';
import { readPdf } from './helpers/pdf-text.js';
import { runCli } from './helpers/run-cli.js';
import { ROOT, SEED_FILE, SEED_TEXT } from './helpers/seed.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'brief-in-'));
const HTML = join(ROOT, 'test', 'fixtures', 'html');

interface Expected {
  meta: Record<string, string>;
  firstParagraph?: string;
  paragraphs?: number;
  absent: string[];
  quotes: Array<{ text: string; speaker: string; paragraph?: number }>;
}

describe('HTML pages: body, metadata and quotes', () => {
  for (const page of readdirSync(HTML)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const name = page.replace(/\.html$/, '');
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(HTML, `${name}.expected.json`), 'utf8')) as Expected;
      const article = readArticle(readFileSync(join(HTML, page), 'utf8'), { source: page });
      expect(article.format).toBe('html');
      expect(article.meta).toMatchObject(expected.meta);
      if (expected.firstParagraph) expect(article.paragraphs[0]!.text.startsWith(expected.firstParagraph)).toBe(true);
      if (expected.paragraphs) expect(article.paragraphs).toHaveLength(expected.paragraphs);
      const body = article.paragraphs.map((p) => p.text).join('\n');
      for (const furniture of expected.absent) expect(body, furniture).not.toContain(furniture);
      const quotes = analyzeArticle(article).quotes;
      for (const want of expected.quotes) {
        const got = quotes.find((q) => q.text.startsWith(want.text));
        expect(got, want.text).toBeDefined();
        expect(got!.speaker?.name, want.text).toBe(want.speaker);
        if (want.paragraph) expect(got!.source.paragraph, want.text).toBe(want.paragraph);
      }
    });
  }

  it('falls back to the page paragraphs when Readability finds no article', () => {
    const article = readArticle(
      '<html><head><title>Short note | Site</title></head><body><nav>Home</nav><p>The mayor said the bridge would reopen on Monday after repairs.</p></body></html>',
      { source: 'n.html' },
    );
    expect(article.meta.headline).toBe('Short note');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['The mayor said the bridge would reopen on Monday after repairs.']);
  });
});

describe('Markdown with front matter', () => {
  it('front matter overrides what the text says: title, source, author, date, url', () => {
    const text = [
      '---',
      'title: "Bridge to reopen"',
      'source: Harbour Times',
      'author: Ann Lee',
      'date: 2025-06-01',
      'url: https://harbour.example/bridge',
      '---',
      '# A draft headline',
      '',
      'By Someone Else',
      '',
      'The **bridge** will reopen on Monday, the mayor said.',
      '',
    ].join('\n');
    const article = readArticle(text, { source: 'note.md' });
    expect(article.meta).toMatchObject({
      headline: 'Bridge to reopen',
      outlet: 'Harbour Times',
      byline: 'Ann Lee',
      published: '2025-06-01',
      url: 'https://harbour.example/bridge',
    });
    expect(article.paragraphs.map((p) => p.text)).toEqual(['The bridge will reopen on Monday, the mayor said.']);
  });
});

describe('front matter lists and a "By" in the author field', () => {
  const byline = (header: string): string | null =>
    readArticle(`---\ntitle: Bridge to reopen\n${header}\n---\n\nThe bridge will reopen on Monday, the mayor said.\n`, { source: 'note.md' }).meta.byline;
  it('joins a block or flow list of authors as the page writes them, and drops a leading "By"', () => {
    expect(byline('author:\n  - Ann Lee\n  - Tom Hill')).toBe('Ann Lee and Tom Hill');
    expect(byline('author: [Ann Lee, "Tom Hill", Jo Park]')).toBe('Ann Lee, Tom Hill and Jo Park');
    expect(byline('author: "By Ann Lee"')).toBe('Ann Lee');
    expect(byline('author: Bynum Lee')).toBe('Bynum Lee');
  });

  it('joins a YAML value continued on indented lines or in a block scalar, and passes a nested mapping over', () => {
    const meta = (header: string) => readArticle(`---\n${header}\n---\n\nThe bridge will reopen on Monday, the mayor said.\n`, { source: 'note.md' }).meta;
    expect(meta('title: Bridge to reopen\ndescription: >-\n  Repairs took\n  six weeks.\nauthor: Ann Lee')).toMatchObject({
      headline: 'Bridge to reopen',
      standfirst: 'Repairs took six weeks.',
      byline: 'Ann Lee',
    });
    expect(meta('title: Bridge to reopen after\n  six weeks of repairs\nauthor: Ann Lee').headline).toBe('Bridge to reopen after six weeks of repairs');
    expect(meta('title: Bridge to reopen\nauthor:\n  name: Ann Lee\n  email: ann@harbour.example').byline).toBeNull();
  });

  it("reads Hugo's TOML front matter between +++ lines, in a .md or a .txt, passing a table's keys over", () => {
    const text = [
      '+++',
      'title = "Bridge to \\"reopen\\""',
      "author = 'Ann Lee'",
      'date = 2025-06-01T09:00:00Z',
      'tags = ["bridges", "repairs"]',
      '[params]',
      'author = "Someone Else"',
      '+++',
      '',
      'The bridge will reopen on Monday, the mayor said.',
      '',
    ].join('\n');
    for (const source of ['note.md', 'note.txt']) {
      const article = readArticle(text, { source });
      expect(article.format).toBe('markdown');
      expect(article.meta).toMatchObject({ headline: 'Bridge to "reopen"', byline: 'Ann Lee', published: '2025-06-01T09:00:00Z' });
      expect(article.paragraphs.map((p) => p.text)).toEqual(['The bridge will reopen on Monday, the mayor said.']);
    }
  });
});

describe('format detection', () => {
  it('by extension, then by content; a saved web page is HTML whatever its name', () => {
    expect(detectFormat('plain words', 'a.md')).toBe('markdown');
    expect(detectFormat('<p>x</p>', 'a.html')).toBe('html');
    expect(detectFormat('<!DOCTYPE html><html><body><p>x</p></body></html>', 'saved.txt')).toBe('html');
    expect(detectFormat('---\ntitle: x\n---\nBody', 'note')).toBe('markdown');
    expect(detectFormat('<div><p>Body</p></div>', '-')).toBe('html');
    expect(detectFormat('Just a story.\n\nWith paragraphs.', '-')).toBe('text');
    // A .txt that opens on a front matter block is Markdown's; a rule of dashes over a story is not one.
    expect(detectFormat('---\ntitle: Bridge to reopen\nauthor:\n  - Ann Lee\n---\n\nBody', 'note.txt')).toBe('markdown');
    expect(detectFormat('---\nThe bridge will reopen.\n---\n\nBody', 'note.txt')).toBe('text');
  });

  it('--input-format forces the reader', async () => {
    const dir = tmp();
    const file = join(dir, 'story.txt');
    writeFileSync(file, '# Bridge to reopen\n\nThe bridge will reopen on Monday, the mayor said.\n');
    const auto = await runCli([file, '--format', 'json', '--output', '-']);
    const forced = await runCli([file, '--input-format', 'markdown', '--format', 'json', '--output', '-']);
    expect(JSON.parse(auto.stdout).meta.headline).toBe('# Bridge to reopen');
    expect(JSON.parse(forced.stdout).meta.headline).toBe('Bridge to reopen');
    const upper = await runCli([file, '--input-format', 'Markdown', '--format', 'json', '--output', '-']);
    expect(upper.stdout).toBe(forced.stdout);
    const bad = await runCli([file, '--input-format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('brief: --input-format takes auto, text, markdown or html, not "pdf"\n');
  });

  it('Windows line endings read like Unix ones', () => {
    const crlf = readArticle(SEED_TEXT.replace(/\n/g, '\r\n'), { source: SEED_FILE });
    const lf = readArticle(SEED_TEXT, { source: SEED_FILE });
    expect(crlf.paragraphs).toEqual(lf.paragraphs);
    expect(crlf.meta).toEqual(lf.meta);
  });
});

describe('URLs', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const page = readFileSync(join(HTML, 'wire-story.html'));
    server = createServer((req, res) => {
      switch (req.url) {
        case '/news/drought-cuts':
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
          return;
        case '/old-link':
          res.writeHead(301, { location: '/news/drought-cuts' }).end();
          return;
        case '/loop':
          res.writeHead(302, { location: '/loop' }).end();
          return;
        case '/report.pdf':
          res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
          return;
        case '/huge':
          res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) }).end();
          return;
        case '/latin1':
          res
            .writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' })
            .end(Buffer.from('Caf\xe9 owners protest\n\nThe owners of the caf\xe9 said "we will not close our doors this winter" on Monday.\n', 'latin1'));
          return;
        case '/slow':
          return; // never answers
        default:
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('fetches a page, following a redirect, and briefs it named after the URL', async () => {
    const out = tmp();
    const r = await runCli([`${base}/old-link`, '--format', 'md,json', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['old-link.json', 'old-link.md']);
    const brief = JSON.parse(readFileSync(join(out, 'old-link.json'), 'utf8'));
    expect(brief.meta).toMatchObject({
      headline: 'Drought forces water cuts across three states',
      outlet: 'Valley Tribune',
      source: `${base}/old-link`,
      url: `${base}/news/drought-cuts`,
    });
    expect(brief.quotes[0].speaker.name).toBe('Maria Lopez');
  });

  it('decodes the charset the server names', async () => {
    const r = await runCli([`${base}/latin1`, '--format', 'json', '--output', '-']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).meta.headline).toBe('Café owners protest');
  });

  it('clear one-line errors: 404, a PDF, too big, too many redirects, a timeout, not http', async () => {
    const cases: Array<[string[], RegExp]> = [
      [[`${base}/missing`], /\/missing: the server answered HTTP 404 Not Found$/],
      [[`${base}/report.pdf`], /\/report\.pdf: the page is application\/pdf, not a news article/],
      [[`${base}/huge`], /\/huge: the page is 52428800 bytes, over the 10485760-byte limit$/],
      [[`${base}/loop`], /\/loop: more than 5 redirects$/],
      [[`${base}/slow`, '--timeout', '0.3'], /\/slow: no answer within 0\.3 s$/],
      [['ftp://example.com/story.txt'], /ftp:\/\/example\.com\/story\.txt: only http and https URLs can be fetched, not ftp$/],
    ];
    for (const [args, message] of cases) {
      const out = tmp();
      const r = await runCli([...args, '--out', out]);
      expect(r.code, args[0]).toBe(3);
      expect(r.stderr.trim().split('\n'), args[0]).toHaveLength(1);
      expect(r.stderr.trim(), args[0]).toMatch(message);
      expect(readdirSync(out), args[0]).toEqual([]);
    }
  });

  it('network failures in words: a refused connection, a blocked port, a host that does not resolve', async () => {
    // A port that was just free: nothing listens on it now.
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    const cases: Array<[string, RegExp]> = [
      [`http://127.0.0.1:${port}/story`, new RegExp(`: cannot fetch: 127\\.0\\.0\\.1:${port} refused the connection$`)],
      ['http://127.0.0.1:1/story', /: cannot fetch: port 1 is one fetching refuses \(as browsers do\)$/],
      // .invalid never resolves (RFC 2606); a machine without DNS says so instead.
      ['http://brief-test.invalid/story', /: cannot fetch: (no such host: brief-test\.invalid|no answer from DNS for brief-test\.invalid \(offline\?\))$/],
    ];
    for (const [url, message] of cases) {
      const r = await runCli([url, '--out', tmp(), '--timeout', '5']);
      expect(r.code, url).toBe(3);
      expect(r.stderr.trim(), url).toMatch(message);
    }
  });
});

describe('batches', () => {
  const seedCopy = (dir: string, name: string) => writeFileSync(join(dir, name), SEED_TEXT);

  it('a glob, a folder and duplicate names: every brief written, none overwritten', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    seedCopy(join(dir, 'a'), 'story.txt');
    seedCopy(join(dir, 'b'), 'story.txt');
    seedCopy(join(dir, 'b'), 'other.md');
    const r = await runCli(['a/*.txt', 'b', '--format', 'md', '--out', 'out', '--jobs', '1'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['other.md', 'story-2.md', 'story.md']);
    expect(r.stderr).toMatch(/^3 briefed, 0 failed, \d+\.\d s$/m);
    const none = await runCli(['nothing/*.txt'], { cwd: dir });
    expect(none.code).toBe(3);
    expect(none.stderr).toBe('brief: nothing/*.txt: no articles (.txt, .text, .md, .markdown, .html, .htm, .xhtml, in any case) match this pattern\n');
  });

  it('a PDF and an image among good articles: the good briefs are written, exit 3, the summary line counts both', async () => {
    const dir = tmp();
    seedCopy(dir, 'good.txt');
    writeFileSync(join(dir, 'scan.html'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]));
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
    const r = await runCli([dir, '--out', join(dir, 'out'), '--jobs', '1']);
    expect(r.code).toBe(3);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['good.md', 'good.pdf']);
    expect(r.stderr).toContain(`brief: ${join(dir, 'scan.html')}: this is a PDF file, not a news article in text, Markdown or HTML`);
    expect(r.stderr).toContain(`brief: ${join(dir, 'photo.txt')}: this is a PNG image`);
    expect(r.stderr).toMatch(/^1 briefed, 2 failed, \d+\.\d s$/m);
  });

  it('--jobs 2 on worker threads writes the same bytes as --jobs 1 (built CLI)', () => {
    const cli = join(ROOT, 'dist', 'src', 'cli.js');
    expect(existsSync(cli), 'run "npm run build" first (npm test does it)').toBe(true);
    const dir = tmp();
    for (const name of ['one.txt', 'two.txt', 'three.txt']) seedCopy(dir, name);
    writeFileSync(join(dir, 'bad.txt'), '');
    const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
    const serial = spawnSync(process.execPath, [cli, dir, '--out', join(dir, 'serial'), '--jobs', '1'], { env, encoding: 'utf8' });
    const parallel = spawnSync(process.execPath, [cli, dir, '--out', join(dir, 'parallel'), '--jobs', '2'], { env, encoding: 'utf8' });
    expect(parallel.status).toBe(3);
    expect(serial.status).toBe(3);
    expect(parallel.stderr).toMatch(/^3 briefed, 1 failed, \d+\.\d s$/m);
    const files = readdirSync(join(dir, 'serial')).sort();
    expect(files).toHaveLength(6);
    expect(readdirSync(join(dir, 'parallel')).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(dir, 'parallel', f)).equals(readFileSync(join(dir, 'serial', f))), f).toBe(true);
  });

  it('reads standard input among files, and the PDF it makes is one page', async () => {
    const dir = tmp();
    seedCopy(dir, 'file.txt');
    const r = await runCli(['-', join(dir, 'file.txt'), '--out', join(dir, 'out'), '--jobs', '1'], { stdin: SEED_TEXT });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['file.md', 'file.pdf', 'stdin.md', 'stdin.pdf']);
    expect((await readPdf(readFileSync(join(dir, 'out', 'stdin.pdf')))).pages).toBe(1);
  });
});

describe('progress', () => {
  const stream = (isTTY: boolean) => {
    const chunks: string[] = [];
    return { chunks, isTTY, columns: 80, write: (c: string) => chunks.push(c) };
  };

  it('draws a bar on a terminal for more than one input, keeping error lines above it', () => {
    const s = stream(true);
    let t = 0;
    const p = createProgress(s, 4, () => (t += 500));
    p.tick(false);
    p.line('brief: bad.txt: the input is empty');
    p.tick(true);
    p.done();
    const out = s.chunks.join('');
    expect(out).toContain('] 1/4');
    expect(out).toContain('brief: bad.txt: the input is empty\n');
    expect(out).toMatch(/\] 2\/4 · 1 failed · \d+ s left/);
    expect(out.endsWith('\r\x1b[K')).toBe(true);
  });

  it('prints plain lines and no bar when stderr is not a terminal', () => {
    const s = stream(false);
    const p = createProgress(s, 4);
    p.line('a.txt → a.pdf');
    p.tick(false);
    p.done();
    expect(s.chunks.join('')).toBe('a.txt → a.pdf\n');
  });
});
