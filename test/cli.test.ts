import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultJobs, maxJobs } from '../src/batch.js';
import { readPdf } from './helpers/pdf-text.js';
import { runCli } from './helpers/run-cli.js';
import { ROOT, SEED_FILE } from './helpers/seed.js';

const seedPath = join(ROOT, SEED_FILE);
const tmp = () => mkdtempSync(join(tmpdir(), 'brief-test-'));

describe('brief CLI', () => {
  it('--help shows usage, options and examples', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('brief <input..> [options]');
    for (const option of ['--out', '--format', '--output', '--template']) expect(r.stdout).toContain(option);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toMatch(/Exit codes: 0 success/);
    // Each example fits its line at the width help is drawn to: none wraps onto a line of its own.
    const examples = r.stdout.split('Examples:\n')[1]?.split('\n\n')[0]?.split('\n') ?? [];
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const line of examples) expect(line).toMatch(/^ {2}(brief|cat) /);
  });

  it("a subcommand's --help lists its own options, not the briefing ones, and refuses them", async () => {
    const templates = await runCli(['templates', '--help']);
    expect(templates.code).toBe(0);
    expect(templates.stdout).toContain('--force');
    expect(templates.stdout).toContain('--quiet');
    const schema = await runCli(['schema', '--help']);
    expect(schema.code).toBe(0);
    for (const r of [templates, schema]) for (const option of ['--out', '-f, --format', '--jobs', 'input ']) expect(r.stdout).not.toContain(option);
    const stray = await runCli(['schema', '--out', 'x']);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toBe('brief: Unknown argument: out (run "brief schema --help" for usage)\n');
  });

  it('--version prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('prints the JSON brief on stdout with --format json --output -', async () => {
    const r = await runCli([seedPath, '--format', 'json', '--output', '-']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.quotes.length).toBeGreaterThanOrEqual(6);
    expect(data.quotes[0].speaker.name).toBe('John Hill');
    for (const key of ['summary', 'quotes', 'concerns', 'unconfirmed']) {
      for (const item of data[key]) expect(item.source).toMatchObject({ paragraph: expect.any(Number), sentence: expect.any(String) });
    }
    expect(data.unconfirmed[0].cue).toEqual(expect.any(String));
    expect(r.stderr).toBe('');
  });

  it('writes PDF and Markdown into --out by default, leaving no temporary files', async () => {
    const out = tmp();
    const r = await runCli([seedPath, '--out', out]);
    expect(r.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['korea-herald-2024-05-22-russia-nk-tech-aid.md', 'korea-herald-2024-05-22-russia-nk-tech-aid.pdf']);
    const pdf = await readPdf(readFileSync(join(out, files[1]!)));
    expect(pdf.pages).toBe(1);
  });

  it('a page that leaves items out points to the Markdown brief only when one is written', async () => {
    const quotes = Array.from(
      { length: 70 },
      (_, i) => `"Point ${i + 1} of the plan is that the city must act on housing, transport and schools before winter," councillor Maya Singh said.`,
    );
    const article = join(tmp(), 'long.txt');
    writeFileSync(article, `Council debates the plan\n\n${quotes.join('\n\n')}\n`);
    for (const [format, expected] of [
      ['pdf', /more items not shown/],
      ['pdf,md', /more items in the Markdown brief/],
      ['pdf,json', /more items in the JSON/],
    ] as const) {
      const out = tmp();
      expect((await runCli([article, '--format', format, '--out', out])).code).toBe(0);
      const text = (await readPdf(readFileSync(join(out, 'long.pdf')))).text.replace(/\s+/g, ' ');
      expect(text, format).toMatch(expected);
      if (format !== 'pdf,md') expect(text, format).not.toMatch(/Markdown brief/);
    }
  });

  it('reads standard input for "-"', async () => {
    const r = await runCli(['-', '--format', 'md', '--output', '-'], { stdin: readFileSync(seedPath) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Russia likely offering/);
    // Named twice, it is read once and briefed once, as a file named twice is.
    const dir = tmp();
    const twice = await runCli(['-', '-', '--format', 'md', '--out', 'out'], { cwd: dir, stdin: readFileSync(seedPath) });
    expect(twice.code).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toEqual(['stdin.md']);
  });

  it('exit 3 with one line naming a missing file', async () => {
    const r = await runCli(['no/such/article.txt', '--out', tmp()]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('brief: no/such/article.txt: no such file\n');
  });

  it('exit 3 for an empty file and for a binary file, writing nothing', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'scan.pdf'), Buffer.from('%PDF-1.7\n%\xff\xff binary'));
    const empty = await runCli(['empty.txt', '--out', out], { cwd: dir });
    expect(empty.code).toBe(3);
    expect(empty.stderr).toBe('brief: empty.txt: the input is empty\n');
    const binary = await runCli(['scan.pdf', '--out', out], { cwd: dir });
    expect(binary.code).toBe(3);
    expect(binary.stderr).toMatch(/^brief: scan\.pdf: this is a PDF file, not a news article/);
    expect(readdirSync(dir).sort()).toEqual(['empty.txt', 'scan.pdf']);
  });

  it('a bad file in a batch does not stop the others: good briefs written, exit 3, summary line', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'good.txt'), readFileSync(seedPath));
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x61, 0x62, 0xff, 0xfe, 0x63]));
    const r = await runCli(['bad.txt', 'good.txt', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('brief: bad.txt: invalid UTF-8 at byte offset 2\n');
    expect(r.stderr).toMatch(/1 briefed, 1 failed, [\d.]+ s\n$/);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['good.md', 'good.pdf']);
  });

  it('never writes a brief over an input article: that input fails alone with one line, the others go on', async () => {
    const dir = tmp();
    const article = `---\ntitle: Ferry fares rise\n---\n\n${readFileSync(seedPath, 'utf8')}`;
    writeFileSync(join(dir, 'story.md'), article);
    writeFileSync(join(dir, 'other.txt'), readFileSync(seedPath));
    const r = await runCli(['story.md', 'other.txt', '--out', '.'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('brief: story.md: its brief story.md would replace an input article; brief into another folder (--out)\n');
    expect(readFileSync(join(dir, 'story.md'), 'utf8')).toBe(article);
    expect(readdirSync(dir).sort()).toEqual(['other.md', 'other.pdf', 'other.txt', 'story.md']);
    const self = await runCli(['story.md', '--format', 'md', '--output', 'story.md'], { cwd: dir });
    expect(self.code).toBe(3);
    expect(self.stderr).toMatch(/^brief: story\.md: --output names the article itself/);
    expect(readFileSync(join(dir, 'story.md'), 'utf8')).toBe(article);
  });

  it('a folder briefed into itself again passes its own Markdown briefs over and replaces them; a brief named as input fails', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'story.txt'), readFileSync(seedPath));
    const notes = `---\ntitle: Ferry fares rise\n---\n\n${readFileSync(seedPath, 'utf8')}`;
    writeFileSync(join(dir, 'notes.markdown'), notes);
    const first = await runCli(['.', '--out', '.', '--jobs', '1'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    const brief = readFileSync(join(dir, 'story.md'), 'utf8');
    expect(brief.trimEnd().endsWith('-->')).toBe(true);
    const again = await runCli(['.', '--out', '.', '--jobs', '1'], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/^2 briefed, 0 failed/m);
    expect(readdirSync(dir).sort()).toEqual(['notes.markdown', 'notes.md', 'notes.pdf', 'story.md', 'story.pdf', 'story.txt']);
    expect(readFileSync(join(dir, 'story.md'), 'utf8')).toBe(brief);
    const named = await runCli(['story.md', '--out', 'out'], { cwd: dir });
    expect(named.code).toBe(3);
    expect(named.stderr).toBe('brief: story.md: this is a brief made by brief, not a news article\n');
    const onlyBriefs = await runCli(['*.md'], { cwd: dir });
    expect(onlyBriefs.code).toBe(3);
    expect(onlyBriefs.stderr).toMatch(/^brief: \*\.md: no articles \(.*\) match this pattern; 2 briefs made by brief passed over\n$/);
    const piped = await runCli(['story.txt', '--format', 'md', '--output', '-'], { cwd: dir });
    expect(`${piped.stdout}\n`).toBe(brief.slice(0, brief.lastIndexOf('<!--')));
  });

  it('writes no output of a brief when one of them cannot be written (a folder where the Markdown goes)', async () => {
    const dir = tmp();
    (await import('node:fs')).mkdirSync(join(dir, 'out', 'story.md'), { recursive: true });
    writeFileSync(join(dir, 'story.txt'), readFileSync(seedPath));
    const r = await runCli(['story.txt', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('cannot write: is a folder, not a file');
    expect(readdirSync(join(dir, 'out'))).toEqual(['story.md']);
  });

  it('gives two inputs with the same name different output names', async () => {
    const dir = tmp();
    for (const sub of ['a', 'b']) {
      const folder = join(dir, sub);
      (await import('node:fs')).mkdirSync(folder);
      writeFileSync(join(folder, 'story.txt'), readFileSync(seedPath));
    }
    const r = await runCli(['a/story.txt', 'b/story.txt', '--format', 'md', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['story-2.md', 'story.md']);
    // An input named "story-2" keeps its name; the second "story" takes the next one free.
    writeFileSync(join(dir, 'a', 'story-2.txt'), readFileSync(seedPath));
    const three = await runCli(['a/story.txt', 'b/story.txt', 'a/story-2.txt', '--format', 'md', '--out', 'out3'], { cwd: dir });
    expect(three.code).toBe(0);
    expect(three.stderr).toContain('a/story-2.txt → story-2.md');
    expect(readdirSync(join(dir, 'out3')).sort()).toEqual(['story-2.md', 'story-3.md', 'story.md']);
  });

  it('a folder gives its articles, not its hidden files (".draft.txt"), as a "*" glob does', async () => {
    const dir = tmp();
    (await import('node:fs')).mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'story.txt'), readFileSync(seedPath));
    writeFileSync(join(dir, 'in', '.draft.txt'), readFileSync(seedPath));
    const r = await runCli(['in', '--format', 'md', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toEqual(['story.md']);
  });

  it('exit 2 for usage errors, with a hint', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^brief: no input given/);
    const format = await runCli([seedPath, '--format', 'docx']);
    expect(format.code).toBe(2);
    expect(format.stderr).toBe('brief: --format takes pdf, md and json (comma-separated), not "docx"\n');
    const unknown = await runCli([seedPath, '--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown argument: frobnicate/);
    const many = await runCli([seedPath, '--format', 'md,json', '--output', '-']);
    expect(many.code).toBe(2);
    for (const templates of [['templates'], ['templates', 'frob']]) {
      const r = await runCli(templates);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('brief: templates takes "list", or "eject <name> [dir]" (run "brief templates --help" for usage)\n');
    }
    // An option that takes a value and is given none is an error, not its default.
    for (const bare of ['-f', '-o', '--template', '--jobs']) {
      const r = await runCli([seedPath, bare]);
      expect(r.code, bare).toBe(2);
      expect(r.stderr).toMatch(/^brief: Not enough arguments following/);
    }
  });

  it('a lone "-" given to an option reaches its check as "-": --out - points to --output -', async () => {
    const out = await runCli([seedPath, '--format', 'md', '-o', '-']);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('brief: --out takes a folder; to print one output on standard output, use --output - (with one --format)\n');
    const template = await runCli([seedPath, '--template', '-', '--out', tmp()]);
    expect(template.code).toBe(4);
    expect(template.stderr).not.toContain('\u0000');
    expect(template.stderr).toMatch(/^brief: -: /);
  });

  it('exit 4 for a template that does not exist', async () => {
    const r = await runCli([seedPath, '--template', './no-such-template', '--out', tmp()]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/no-such-template: no template folder here/);
  });

  it('gives byte-identical PDF and Markdown for the same article', async () => {
    const a = await runCli([seedPath, '--format', 'pdf', '--output', '-']);
    const b = await runCli([seedPath, '--format', 'pdf', '--output', '-']);
    expect(a.stdoutBytes.length).toBeGreaterThan(1000);
    expect(a.stdoutBytes.equals(b.stdoutBytes)).toBe(true);
    const m1 = await runCli([seedPath, '--format', 'md', '--output', '-']);
    const m2 = await runCli([seedPath, '--format', 'md', '--output', '-']);
    expect(m1.stdout).toBe(m2.stdout);
  });

  it('gives the same PDF for the same article wherever it lies, naming the file alone', async () => {
    const elsewhere = join(tmp(), 'clips', 'deep');
    mkdirSync(elsewhere, { recursive: true });
    const copy = join(elsewhere, basename(seedPath));
    writeFileSync(copy, readFileSync(seedPath));
    const a = await runCli([seedPath, '--format', 'pdf', '--output', '-']);
    const b = await runCli([copy, '--format', 'pdf', '--output', '-']);
    expect(a.stdoutBytes.equals(b.stdoutBytes)).toBe(true);
    const text = (await readPdf(b.stdoutBytes)).text;
    expect(text).toContain(`Source: ${basename(seedPath)}`);
    expect(text).not.toContain('clips');
  });
});

describe('default jobs', () => {
  const MB = 1024 * 1024;
  it('asked for, are at most one per core and no more than free memory holds', () => {
    expect(maxJobs(2, 16_000 * MB)).toBe(2);
    expect(maxJobs(8, 400 * MB)).toBe(2);
    expect(maxJobs(1, 50 * MB)).toBe(1);
  });
  it('a --jobs above that is lowered, and the command says so', async () => {
    const dir = tmp();
    const r = await runCli([seedPath, '--jobs', '100000', '--format', 'md', '--out', join(dir, 'o')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^brief: --jobs 100000 lowered to \d+, as many as this machine's cores and free memory allow$/m);
  });
  it('is one worker thread per core but one, fewer when free memory would not hold them, never none', () => {
    expect(defaultJobs(4, 16_000 * MB)).toBe(3);
    expect(defaultJobs(8, 400 * MB)).toBe(2);
    expect(defaultJobs(2, 16_000 * MB)).toBe(1);
    expect(defaultJobs(1, 16_000 * MB)).toBe(1);
    expect(defaultJobs(2, 50 * MB)).toBe(1);
  });

  it('--help says how the default is chosen', async () => {
    const r = await runCli(['--help']);
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/fewer if free memory is short; \d+ here/);
  });
});

describe.skipIf(!existsSync('/dev/full'))('standard output that cannot be written', () => {
  it('fails the command with one line and exit 3, for a brief, the schema and the template list alike', () => {
    const cli = join(ROOT, 'dist', 'src', 'cli.js');
    for (const argv of [[seedPath, '--format', 'json', '--output', '-'], ['schema'], ['templates', 'list']]) {
      const full = openSync('/dev/full', 'w');
      const r = spawnSync(process.execPath, [cli, ...argv], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      closeSync(full);
      expect(r.status, argv.join(' ')).toBe(3);
      expect(r.stderr.trim(), argv.join(' ')).toBe('brief: cannot write to standard output: no space left on the device');
    }
  });
});
