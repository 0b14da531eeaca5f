#!/usr/bin/env node
// The command line: parses arguments with yargs, briefs each input, and alone turns errors into exit codes.
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { briefText, type BriefOutputs, type OutputFormat } from './brief-article.js';
import { BriefError, formatBriefError, isBriefError, type BriefErrorCode } from './errors.js';
import { packageVersion } from './paths.js';
import { decodeInput } from './read/decode-input.js';
import { loadTemplate, type Template } from './render/template.js';
import { ejectTemplate, listTemplateLocations, userTemplatesDir } from './render/template-lookup.js';
import { parsePageSettings } from './render/template-settings.js';
import { SCHEMA_FILE } from './schema.js';

export interface CliIo {
  stdout: { write: (chunk: string | Uint8Array) => unknown };
  stderr: { write: (chunk: string) => unknown; isTTY?: boolean };
  /** Reads all of standard input, for the "-" input. */
  readStdin?: () => Promise<Buffer>;
  cwd?: string;
  env?: Readonly<Record<string, string | undefined>>;
}

export const EXIT = { ok: 0, unexpected: 1, usage: 2, input: 3, template: 4 } as const;

const FORMATS: readonly OutputFormat[] = ['pdf', 'md', 'json'];
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm']);
const EXTENSION: Readonly<Record<OutputFormat, string>> = { pdf: '.pdf', md: '.md', json: '.json' };

function exitCodeFor(code: BriefErrorCode): number {
  switch (code) {
    case 'INPUT_MISSING':
    case 'INPUT_EMPTY':
    case 'INPUT_NOT_TEXT':
    case 'INPUT_UNREADABLE':
      return EXIT.input;
    case 'TEMPLATE_MISSING':
    case 'TEMPLATE_INVALID':
      return EXIT.template;
    case 'USAGE':
      return EXIT.usage;
    case 'RENDER_FAILED':
    case 'OUTPUT_FAILED':
      return EXIT.unexpected;
    default: {
      const never: never = code;
      return never;
    }
  }
}

function parseFormats(value: string): OutputFormat[] {
  const formats = value.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((f) => !FORMATS.includes(f as OutputFormat));
  if (unknown.length > 0 || formats.length === 0) {
    throw new BriefError('USAGE', `--format takes pdf, md and json (comma-separated), not "${unknown.join(',') || value}"`);
  }
  return [...new Set(formats)] as OutputFormat[];
}

/** Files named on the command line, with folders expanded to the articles they hold. */
function expandInputs(inputs: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push('-');
      continue;
    }
    const path = resolve(cwd, input);
    if (existsSync(path) && statSync(path).isDirectory()) {
      const inside = readdirSync(path).filter((f) => ARTICLE_EXTENSIONS.has(extname(f).toLowerCase())).sort();
      if (inside.length === 0) throw new BriefError('INPUT_MISSING', 'the folder holds no articles (.txt, .md, .html)', { file: input });
      files.push(...inside.map((f) => join(input, f)));
    } else files.push(input);
  }
  return files;
}

/** Output base names from the inputs' names; a second input with the same name gets "-2". */
function outputNames(files: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return files.map((file) => {
    const base = file === '-' ? 'stdin' : basename(file, extname(file));
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** Writes to a temporary name and renames, so a failure never leaves a half-written file. */
function writeAtomically(path: string, data: string | Buffer): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw new BriefError('OUTPUT_FAILED', `cannot write ${path}: ${(error as Error).message}`, { file: path, cause: error });
  }
}

function readInput(file: string, cwd: string, io: CliIo): Promise<Buffer> | Buffer {
  if (file === '-') {
    if (!io.readStdin) throw new BriefError('INPUT_UNREADABLE', 'standard input is not available', { file: '-' });
    return io.readStdin();
  }
  const path = resolve(cwd, file);
  if (!existsSync(path)) throw new BriefError('INPUT_MISSING', 'no such file', { file });
  if (statSync(path).isDirectory()) throw new BriefError('INPUT_UNREADABLE', 'is a folder', { file });
  try {
    return readFileSync(path);
  } catch (error) {
    throw new BriefError('INPUT_UNREADABLE', `cannot read: ${(error as Error).message}`, { file, cause: error });
  }
}

function describe(error: unknown): string {
  if (isBriefError(error)) return formatBriefError(error);
  return `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

interface Args {
  _: Array<string | number>;
  input: string[];
  out: string;
  format: string;
  output: string | undefined;
  template: string;
  quiet: boolean;
  pageSize: string | undefined;
  margin: number | undefined;
  fontSize: number | undefined;
  fontFamily: string | undefined;
  name: string | undefined;
  dir: string | undefined;
  force: boolean;
  action: 'list' | 'eject' | undefined;
}

function parser() {
  return yargs()
    .scriptName('brief')
    .usage('$0 <input..> [options]\n\nBrief news articles (plain text, Markdown or HTML) into a one-page PDF, a Markdown brief and JSON.')
    .command('$0 [input..]', false)
    .command('templates <action> [name] [dir]', 'List templates, or copy one out to edit: "templates list", "templates eject <name> [dir]"', (y) =>
      y
        .positional('action', { choices: ['list', 'eject'] as const, describe: 'list, or eject' })
        .positional('name', { type: 'string', describe: 'Template to eject (built-in or user template name, or a folder)' })
        .positional('dir', { type: 'string', describe: 'Where to copy it (default: ./<name>)' })
        .option('force', { type: 'boolean', default: false, describe: 'Overwrite a folder that is not empty' }))
    .command('schema', 'Print the JSON Schema of the brief data (what --format json prints and templates see)')
    .positional('input', { type: 'string', array: true, describe: 'Article files or folders; "-" reads standard input' })
    .option('out', { alias: 'o', type: 'string', default: 'output', describe: 'Folder the briefs are written to' })
    .option('format', { alias: 'f', type: 'string', default: 'pdf,md', describe: 'Outputs to make: pdf, md, json (comma-separated)' })
    .option('output', { type: 'string', describe: 'Write the single output to this file instead; "-" prints it on stdout' })
    .option('template', { alias: 't', type: 'string', default: 'default', describe: 'Template: default, bluf, compact, a name in ~/.config/brief/templates, or a folder' })
    .option('page-size', { type: 'string', describe: 'A4 or Letter (overrides the template)' })
    .option('margin', { type: 'number', describe: 'Page margin in points, 18–144 (overrides the template)' })
    .option('font-size', { type: 'number', describe: 'Body type size in points to start from, 8–14 (overrides the template)' })
    .option('font-family', { type: 'string', describe: 'sans or serif (overrides the template)' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Print nothing but errors' })
    .example('$0 input/', 'Brief every article in input/ into output/ (PDF + Markdown)')
    .example('$0 article.txt --format json --output -', 'Print the brief data of one article as JSON')
    .example('$0 article.txt --format pdf,md,json --out briefs/', 'Write all three outputs into briefs/')
    .example('cat article.txt | $0 - --format md --output -', 'Brief standard input and print the Markdown')
    .example('$0 --template bluf article.txt', 'Brief in the intelligence style: bottom line up front')
    .example('$0 templates eject default my-brief', 'Copy the default template to ./my-brief to edit it')
    .epilog('Exit codes: 0 success, 1 unexpected error, 2 usage error, 3 input error, 4 template error.')
    .version(packageVersion())
    .help()
    .alias('h', 'help')
    .alias('v', 'version')
    .strict()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false);
}

// yargs reads a lone "-" as an empty value, so it travels under another name through the parser.
const DASH = '\u0000stdin';

function protectDashes(argv: readonly string[]): string[] {
  return argv.map((arg) => (arg === '-' ? DASH : arg));
}

function restoreDashes(args: Args | undefined): Args | null {
  if (!args) return null;
  const back = (v: string): string => (v === DASH ? '-' : v);
  return { ...args, input: (args.input ?? []).map(back), output: args.output === undefined ? undefined : back(args.output) };
}

/** Runs the CLI in-process: arguments and streams in, exit code out. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  let parsed: { error: Error | null; args: Args | null; output: string };
  try {
    parsed = await new Promise((done) => {
      void parser().parse(protectDashes(argv), {}, (error: Error | null | undefined, args: unknown, output: string) =>
        done({ error: error ?? null, args: restoreDashes(args as Args), output }));
    });
  } catch (error) {
    io.stderr.write(`brief: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  if (parsed.error) {
    io.stderr.write(`brief: ${parsed.error.message}\nRun "brief --help" for usage.\n`);
    return EXIT.usage;
  }
  if (parsed.output) {
    io.stdout.write(parsed.output + '\n');
    return EXIT.ok;
  }
  const args = parsed.args!;
  try {
    switch (args._[0]) {
      case 'templates':
        return runTemplates(args, io, cwd);
      case 'schema':
        io.stdout.write(readFileSync(SCHEMA_FILE, 'utf8'));
        return EXIT.ok;
      case undefined:
        return await run(args, io, cwd);
      default:
        throw new BriefError('USAGE', `unknown command "${String(args._[0])}"`);
    }
  } catch (error) {
    io.stderr.write(`brief: ${describe(error)}\n`);
    return isBriefError(error) ? exitCodeFor(error.code) : EXIT.unexpected;
  }
}

async function run(args: Args, io: CliIo, cwd: string): Promise<number> {
  const inputs = args.input ?? [];
  if (inputs.length === 0) throw new BriefError('USAGE', 'no input given: name article files or folders, or "-" for standard input (see --help)');
  const formats = parseFormats(args.format);
  const files = expandInputs(inputs, cwd);
  if (args.output !== undefined && (files.length !== 1 || formats.length !== 1)) {
    throw new BriefError('USAGE', '--output takes one input and one --format (e.g. --format json --output -)');
  }
  const env = io.env ?? process.env;
  const template: Template = loadTemplate(args.template, { cwd, env });
  const page = parsePageSettings({ pageSize: args.pageSize, margin: args.margin, fontSize: args.fontSize, fontFamily: args.fontFamily }, 'command line');
  const names = outputNames(files);
  const outDir = resolve(cwd, args.out);
  const started = Date.now();
  let failed = 0;
  let worst: number = EXIT.ok;
  for (const [i, file] of files.entries()) {
    try {
      const bytes = await readInput(file, cwd, io);
      const text = decodeInput(bytes, file);
      const outputs = await briefText(text, { source: file, formats, template, pdf: page });
      if (args.output !== undefined) writeSingle(outputs, formats[0]!, args.output, cwd, io);
      else writeAll(outputs, formats, join(outDir, names[i]!), io, args.quiet, file);
    } catch (error) {
      failed++;
      io.stderr.write(`brief: ${describe(error)}\n`);
      const code = isBriefError(error) ? exitCodeFor(error.code) : EXIT.unexpected;
      if (code === EXIT.template || code === EXIT.usage) return code;
      worst = worst === EXIT.ok || code === EXIT.unexpected ? code : worst;
    }
  }
  if (files.length > 1 && !args.quiet) {
    io.stderr.write(`${files.length - failed} briefed, ${failed} failed, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  return worst;
}

function runTemplates(args: Args, io: CliIo, cwd: string): number {
  const env = io.env ?? process.env;
  if (args.name === undefined && args.action !== 'list') throw new BriefError('USAGE', 'templates eject needs a template name, e.g. "brief templates eject default my-brief"');
  if (args.action === 'list') {
    const rows = listTemplateLocations(env).map((t) => {
      let description: string;
      try {
        description = loadTemplate(t.origin === 'user' ? t.dir : t.name, { cwd, env }).settings.description || '(no description)';
      } catch (error) {
        description = `broken: ${isBriefError(error) ? formatBriefError(error) : String(error)}`;
      }
      return [t.name, t.origin, description] as const;
    });
    const width = Math.max(...rows.map((r) => r[0].length), 4);
    for (const [name, origin, description] of rows) io.stdout.write(`${name.padEnd(width)}  ${origin.padEnd(8)}  ${description}\n`);
    io.stdout.write(`\nUser templates live in ${userTemplatesDir(env)}\n`);
    return EXIT.ok;
  }
  const dest = ejectTemplate(args.name!, args.dir, { cwd, env, force: args.force });
  if (!args.quiet) io.stderr.write(`copied the "${args.name}" template to ${dest}; brief with it: brief --template ${args.dir ?? args.name} <article>\n`);
  return EXIT.ok;
}

function outputOf(outputs: BriefOutputs, format: OutputFormat): string | Buffer {
  const value = format === 'pdf' ? outputs.pdf : format === 'md' ? outputs.markdown : outputs.json;
  if (value === undefined) throw new BriefError('RENDER_FAILED', `no ${format} output was made`);
  return value;
}

function writeSingle(outputs: BriefOutputs, format: OutputFormat, target: string, cwd: string, io: CliIo): void {
  const data = outputOf(outputs, format);
  if (target === '-') io.stdout.write(data);
  else writeAtomically(resolve(cwd, target), data);
}

function writeAll(outputs: BriefOutputs, formats: readonly OutputFormat[], base: string, io: CliIo, quiet: boolean, file: string): void {
  const dir = resolve(base, '..');
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new BriefError('OUTPUT_FAILED', `cannot create the output folder: ${(error as Error).message}`, { file: dir, cause: error });
  }
  const written: string[] = [];
  for (const format of formats) {
    const path = base + EXTENSION[format];
    writeAtomically(path, outputOf(outputs, format));
    written.push(path);
  }
  if (!quiet) {
    const fit = outputs.fit;
    const note = fit ? ` (${fit.layout.fontSize} pt${Object.values(fit.omitted).some((n) => n > 0) ? ', some items left out' : ''})` : '';
    io.stderr.write(`${file} → ${written.map((p) => basename(p)).join(', ')}${note}\n`);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const invokedDirectly = process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (invokedDirectly) {
  const code = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => readAll(process.stdin),
  });
  process.exitCode = code;
}
