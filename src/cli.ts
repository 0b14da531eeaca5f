#!/usr/bin/env node
// The command line: parses arguments with yargs, briefs each input, and alone turns errors into exit codes.
import { readFileSync, realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { briefInput, runBatch, writeAtomically, type BatchJob, type BatchTask } from './batch.js';
import { BriefError, formatBriefError, isBriefError, must, unreachable, type BriefErrorCode } from './errors.js';
import { isOutputFormat, OUTPUT_FORMATS, outputOf } from './outputs.js';
import { packageVersion } from './paths.js';
import { expandInputs } from './read/index.js';
import { createProgress } from './progress.js';
import { loadTemplate, templateRef, type Template } from './markdown/template.js';
import { ejectTemplate, listTemplateLocations, userTemplatesDir } from './markdown/template-lookup.js';
import { parsePageSettings } from './markdown/template-settings.js';
import { SCHEMA_FILE } from './schema.js';
import type { OutputFormat } from './types.js';

export interface CliIo {
  stdout: { write: (chunk: string | Uint8Array) => unknown };
  stderr: { write: (chunk: string) => unknown; isTTY?: boolean };
  /** Reads all of standard input, for the "-" input. */
  readStdin?: () => Promise<Buffer>;
  cwd?: string;
  env?: Readonly<Record<string, string | undefined>>;
}

export const EXIT = { ok: 0, unexpected: 1, usage: 2, input: 3, template: 4 } as const;

const INPUT_FORMATS = ['auto', 'text', 'markdown', 'html'] as const;

function exitCodeFor(code: BriefErrorCode): number {
  switch (code) {
    case 'INPUT_MISSING':
    case 'INPUT_EMPTY':
    case 'INPUT_NOT_TEXT':
    case 'INPUT_UNREADABLE':
    case 'INPUT_TOO_LARGE':
    case 'INPUT_TOO_SLOW':
    case 'RENDER_FAILED':
      return EXIT.input;
    case 'TEMPLATE_MISSING':
    case 'TEMPLATE_INVALID':
      return EXIT.template;
    case 'USAGE':
      return EXIT.usage;
    case 'OUTPUT_FAILED':
      return EXIT.unexpected;
    default:
      return unreachable(code, 'error code');
  }
}

/** "pdf, md and json": the registry's formats, in its order. */
const FORMAT_WORDS = `${OUTPUT_FORMATS.slice(0, -1).join(', ')} and ${OUTPUT_FORMATS[OUTPUT_FORMATS.length - 1]}`;

function parseFormats(value: string): OutputFormat[] {
  const formats = value
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const unknown = formats.filter((f) => !isOutputFormat(f));
  if (unknown.length > 0 || formats.length === 0) {
    throw new BriefError('USAGE', `--format takes ${FORMAT_WORDS} (comma-separated), not "${unknown.join(',') || value}"`);
  }
  return [...new Set(formats)] as OutputFormat[];
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
  jobs: number | undefined;
  timeout: number;
  maxSize: number;
  inputFormat: (typeof INPUT_FORMATS)[number];
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
        .option('force', { type: 'boolean', default: false, describe: 'Overwrite a folder that is not empty' }),
    )
    .command('schema', 'Print the JSON Schema of the brief data (what --format json prints and templates see)')
    .positional('input', { type: 'string', array: true, describe: 'Article files, folders, globs ("clips/*.html") or http(s) URLs; "-" reads standard input' })
    .option('out', { alias: 'o', type: 'string', default: 'output', describe: 'Folder the briefs are written to' })
    .option('format', { alias: 'f', type: 'string', default: 'pdf,md', describe: `Outputs to make: ${OUTPUT_FORMATS.join(', ')} (comma-separated)` })
    .option('output', { type: 'string', describe: 'Write the single output to this file instead; "-" prints it on stdout' })
    .option('template', {
      alias: 't',
      type: 'string',
      default: 'default',
      describe: 'Template: default, bluf, compact, a name in ~/.config/brief/templates, or a folder',
    })
    .option('page-size', { type: 'string', describe: 'A4 or Letter (overrides the template)' })
    .option('margin', { type: 'number', describe: 'Page margin in points, 18–144 (overrides the template)' })
    .option('font-size', { type: 'number', describe: 'Body type size in points to start from, 8–14 (overrides the template)' })
    .option('font-family', { type: 'string', describe: 'sans or serif (overrides the template)' })
    .option('input-format', {
      type: 'string',
      choices: INPUT_FORMATS,
      default: 'auto',
      describe: 'Read inputs as this format instead of guessing from name and content',
    })
    .option('timeout', { type: 'number', default: 15, describe: 'Seconds to wait for a URL before giving up' })
    .option('max-size', { type: 'number', default: 5, describe: 'Largest input read, in megabytes; larger ones are refused' })
    .option('jobs', {
      alias: 'j',
      type: 'number',
      describe: `Articles briefed at once, on worker threads [default: the number of cores, ${availableParallelism()} here]`,
    })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Print nothing but errors' })
    .example('$0 input/', 'Brief every article in input/ into output/ (PDF + Markdown)')
    .example('$0 article.txt --format json --output -', 'Print the brief data of one article as JSON')
    .example('$0 article.txt --format pdf,md,json --out briefs/', 'Write all three outputs into briefs/')
    .example('cat article.txt | $0 - --format md --output -', 'Brief standard input and print the Markdown')
    .example('$0 --template bluf article.txt', 'Brief in the intelligence style: bottom line up front')
    .example('$0 templates eject default my-brief', 'Copy the default template to ./my-brief to edit it')
    .example('$0 "clips/*.html" https://example.com/story --out briefs', 'Brief saved pages and a live one')
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
        done({ error: error ?? null, args: restoreDashes(args as Args), output }),
      );
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
    io.stdout.write(`${parsed.output}\n`);
    return EXIT.ok;
  }
  const args = must(parsed.args, 'the parsed command-line arguments');
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
  if (inputs.length === 0) throw new BriefError('USAGE', 'no input given: name article files, folders, globs or URLs, or "-" for standard input (see --help)');
  const formats = parseFormats(args.format);
  if (args.jobs !== undefined && (!Number.isInteger(args.jobs) || args.jobs < 1))
    throw new BriefError('USAGE', `--jobs takes a whole number of 1 or more, not ${String(args.jobs)}`);
  if (!(args.maxSize > 0)) throw new BriefError('USAGE', `--max-size takes a number of megabytes above 0, not ${String(args.maxSize)}`);
  const refs = expandInputs(inputs, cwd);
  if (args.output !== undefined && (refs.length !== 1 || formats.length !== 1)) {
    throw new BriefError('USAGE', '--output takes one input and one --format (e.g. --format json --output -)');
  }
  const env = io.env ?? process.env;
  const template: Template = loadTemplate(args.template, { cwd, env });
  const job: BatchJob = {
    formats,
    outDir: args.out,
    cwd,
    template: templateRef(template),
    page: parsePageSettings({ pageSize: args.pageSize, margin: args.margin, fontSize: args.fontSize, fontFamily: args.fontFamily }, 'command line'),
    inputFormat: args.inputFormat === 'auto' ? undefined : args.inputFormat,
    fetch: { timeoutMs: Math.max(0.1, args.timeout) * 1000 },
    maxBytes: Math.round(args.maxSize * 1_000_000),
  };
  const stdin = refs.some((r) => r.kind === 'stdin') ? await readStdin(io) : undefined;
  const tasks: BatchTask[] = refs.map((ref) => (ref.kind === 'stdin' ? { ...ref, bytes: stdin } : ref));
  if (args.output !== undefined) {
    const outputs = await briefInput(must(tasks[0], 'the one input --output takes'), job, template);
    const data = outputOf(outputs, must(formats[0], 'the one format --output takes'));
    if (args.output === '-') io.stdout.write(data);
    else writeAtomically(resolve(cwd, args.output), data);
    return EXIT.ok;
  }
  const started = Date.now();
  const progress = createProgress(io.stderr, tasks.length);
  const results = await runBatch(
    tasks,
    job,
    args.jobs ?? availableParallelism(),
    (result) => {
      if (result.error) progress.line(`brief: ${result.error.message}`);
      else if (!args.quiet && !progress.bar)
        progress.line(
          `${result.input} → ${result.written.join(', ')}${result.fontSize !== null ? ` (${result.fontSize} pt${result.leftOut ? ', some items left out' : ''})` : ''}`,
        );
      progress.tick(result.error !== null);
    },
    template,
  );
  progress.done();
  const failed = results.filter((r) => r.error);
  if (tasks.length > 1 && !args.quiet)
    io.stderr.write(`${tasks.length - failed.length} briefed, ${failed.length} failed, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (failed.length === 0) return EXIT.ok;
  const codes = failed.map((r) => (r.error?.code ? exitCodeFor(r.error.code) : EXIT.unexpected));
  return codes.includes(EXIT.unexpected) ? EXIT.unexpected : Math.max(...codes);
}

async function readStdin(io: CliIo): Promise<Buffer> {
  if (!io.readStdin) throw new BriefError('INPUT_UNREADABLE', 'standard input is not available', { file: '-' });
  return io.readStdin();
}

function runTemplates(args: Args, io: CliIo, cwd: string): number {
  const env = io.env ?? process.env;
  if (args.action === 'list') {
    const rows = listTemplateLocations(env).map((t) => {
      let description: string;
      try {
        description = loadTemplate(t.dir, { cwd, env }).settings.description || '(no description)';
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
  if (args.name === undefined) throw new BriefError('USAGE', 'templates eject needs a template name, e.g. "brief templates eject default my-brief"');
  const dest = ejectTemplate(args.name, args.dir, { cwd, env, force: args.force });
  // A path, not the bare name: the name would find the built-in before the copy.
  const path = relative(cwd, dest).startsWith('..') ? dest : `./${relative(cwd, dest)}`;
  if (!args.quiet) io.stderr.write(`copied the "${args.name}" template to ${dest}; brief with it: brief --template ${path} <article>\n`);
  return EXIT.ok;
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
    readStdin: () => {
      // A terminal on stdin means the user is about to type: say how to finish, rather than seem to hang.
      if (process.stdin.isTTY) process.stderr.write('brief: reading an article from standard input; end it with Ctrl-D\n');
      return readAll(process.stdin);
    },
  });
  process.exitCode = code;
}
