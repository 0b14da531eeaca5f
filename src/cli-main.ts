// The command line: parses arguments with yargs, briefs each input, and alone turns errors into exit codes.
// src/cli.ts starts it, from the bundle of this module when the build made one (scripts/bundle-cli.mjs).
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import yargs, { type Argv } from 'yargs';
import { defaultJobs, maxJobs, runBatch, type BatchJob, type BatchTask } from './batch.js';
import { BriefError, describeError, describeFsError, formatBriefError, isBriefError, must, namedAfter, unreachable, type BriefErrorCode } from './errors.js';
import { isOutputFormat, OUTPUT_EXTENSIONS, OUTPUT_FORMATS } from './output-formats.js';
import type { BriefOutputs } from './outputs.js';
import { packageVersion } from './paths.js';
import { expandInputs, guardInputs, type InputRef } from './read/sources/expand-inputs.js';
import { createProgress } from './progress.js';
import { loadTemplate, templateRef, type Template } from './markdown/template.js';
import { ejectTemplate, listTemplateLocations, userTemplatesDir } from './markdown/template-lookup.js';
import { parsePageSettings } from './markdown/template-settings.js';
import { SCHEMA_FILE } from './schema.js';
import { joinWords } from './front-matter.js';
import type { OutputFormat, PageSettings } from './types.js';

export interface CliIo {
  stdout: { write: (chunk: string | Uint8Array) => unknown; columns?: number };
  stderr: { write: (chunk: string) => unknown; isTTY?: boolean };
  /** Reads all of standard input, for the "-" input. */
  readStdin?: () => Promise<Buffer>;
  cwd?: string;
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The briefing engine (src/engine.ts), loaded on first call. The command loads it only to brief in this thread; a batch on
 * worker threads does not, and each worker thread, which runs from the same bundle, loads it from there.
 */
export function loadEngine(): Promise<typeof import('./engine.js')> {
  return import('./engine.js');
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
    case 'OUTPUT_FAILED':
      return EXIT.input;
    case 'TEMPLATE_MISSING':
    case 'TEMPLATE_INVALID':
      return EXIT.template;
    case 'USAGE':
      return EXIT.usage;
    default:
      return unreachable(code, 'error code');
  }
}

/** "pdf, md and json": the registry's formats, in its order. */
const FORMAT_WORDS = joinWords(OUTPUT_FORMATS);

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

/** --input-format in any case ("HTML"); undefined for "auto", which guesses each input's format. */
function parseInputFormat(value: unknown): Exclude<(typeof INPUT_FORMATS)[number], 'auto'> | undefined {
  const typed = stringOption(value) ?? 'auto';
  const format = INPUT_FORMATS.find((f) => f === typed.trim().toLowerCase());
  if (format === undefined) throw new BriefError('USAGE', `--input-format takes auto, text, markdown or html, not "${typed}"`);
  return format === 'auto' ? undefined : format;
}

/** A number option as typed: yargs would turn "abc" into NaN and lose what the user wrote. */
function numberOption(value: unknown, option: string, check: (n: number) => boolean, range: string): number | undefined {
  if (value === undefined) return undefined;
  // A repeated option comes as a list; the last one wins, as for every other option.
  const typed = String(Array.isArray(value) ? value[value.length - 1] : value);
  const n = typed.trim() === '' ? Number.NaN : Number(typed);
  if (!Number.isFinite(n) || !check(n)) throw new BriefError('USAGE', `--${option} takes ${range}, not "${typed}"`);
  return n;
}

/** A string option as typed, the last one when it was repeated. */
function stringOption(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return String(Array.isArray(value) ? value[value.length - 1] : value);
}

/** --page-size, --margin, --font-size and --font-family, checked like a template's settings but reported as usage mistakes. */
function pageOverrides(args: Args): Partial<PageSettings> {
  const given: Array<[option: string, key: keyof PageSettings, value: string | undefined]> = [
    ['page-size', 'pageSize', stringOption(args.pageSize)],
    ['margin', 'margin', stringOption(args.margin)],
    ['font-size', 'fontSize', stringOption(args.fontSize)],
    ['font-family', 'fontFamily', stringOption(args.fontFamily)],
  ];
  const out: Partial<PageSettings> = {};
  for (const [option, key, value] of given) {
    try {
      Object.assign(out, parsePageSettings({ [key]: value }, 'command line'));
    } catch (error) {
      if (!isBriefError(error)) throw error;
      // "margin must be a number from 18 to 144, not \"abc\"" → "--margin must be …": the option as the user typed it.
      throw new BriefError('USAGE', error.message.replace(new RegExp(`^${key}\\b`), `--${option}`));
    }
  }
  return out;
}

/** A path inside what the user typed, written the way they wrote it: relative to the working folder, or absolute. */
function shownPath(path: string, typed: string, cwd: string): string {
  return isAbsolute(typed) ? path : relative(cwd, path) || '.';
}

/** An --out folder that cannot hold files is one error before any article is read, not the same error for each. */
function checkOutDir(outDir: string, cwd: string): void {
  for (let path = resolve(cwd, outDir); ; path = dirname(path)) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      if (dirname(path) === path) return;
      continue;
    }
    if (isFolder) return;
    const message = path === resolve(cwd, outDir) ? 'names a file, not a folder' : `goes through ${shownPath(path, outDir, cwd)}, a file, not a folder`;
    throw new BriefError('OUTPUT_FAILED', `--out ${message}`, { file: outDir });
  }
}

/** An --output file whose folder does not exist is named as the user gave it (never the temporary file written first). */
function checkOutputFile(output: string, cwd: string): void {
  const folder = dirname(resolve(cwd, output));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    throw new BriefError('OUTPUT_FAILED', `--output: the folder ${shownPath(folder, output, cwd)} does not exist`, { file: output });
  }
  if (!isFolder) throw new BriefError('OUTPUT_FAILED', `--output goes through ${shownPath(folder, output, cwd)}, a file, not a folder`, { file: output });
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
  margin: string | undefined;
  fontSize: string | undefined;
  fontFamily: string | undefined;
  name: string | undefined;
  dir: string | undefined;
  force: boolean;
  action: 'list' | 'eject' | undefined;
  jobs: string | undefined;
  timeout: string;
  maxSize: string;
  inputFormat: string;
}

const QUIET = { alias: 'q', type: 'boolean', default: false, describe: 'Print nothing but errors' } as const;

/** The briefing command's own options: they belong to it alone, so `templates --help` and `schema --help` do not list them. */
function briefingOptions<T>(y: Argv<T>) {
  return y
    .positional('input', { type: 'string', array: true, describe: 'Article files, folders, globs ("clips/*.html") or http(s) URLs; "-" reads standard input' })
    .option('out', { alias: 'o', type: 'string', requiresArg: true, default: 'output', describe: 'Folder the briefs are written to' })
    .option('format', {
      alias: 'f',
      type: 'string',
      requiresArg: true,
      default: 'pdf,md',
      describe: `Outputs to make: ${OUTPUT_FORMATS.join(', ')} (comma-separated)`,
    })
    .option('output', { type: 'string', requiresArg: true, describe: 'Write the single output to this file instead; "-" prints it on stdout' })
    .option('template', {
      alias: 't',
      type: 'string',
      requiresArg: true,
      default: 'default',
      describe: 'Template: default, bluf, compact, a name in ~/.config/brief/templates, or a folder',
    })
    .option('page-size', { type: 'string', requiresArg: true, describe: 'A4 or Letter (overrides the template)' })
    .option('margin', { type: 'string', requiresArg: true, describe: 'Page margin in points, 18–144 (overrides the template)' })
    .option('font-size', { type: 'string', requiresArg: true, describe: 'Body type size in points to start from, 8–14 (overrides the template)' })
    .option('font-family', { type: 'string', requiresArg: true, describe: 'sans or serif (overrides the template)' })
    .option('input-format', {
      type: 'string',
      requiresArg: true,
      default: 'auto',
      describe: 'Read every input as text, markdown or html instead of guessing each one (auto)',
    })
    .option('timeout', { type: 'string', requiresArg: true, default: '15', describe: 'Seconds to wait for a URL before giving up' })
    .option('max-size', { type: 'string', requiresArg: true, default: '5', describe: 'Largest input read, in megabytes; larger ones are refused' })
    .option('jobs', {
      alias: 'j',
      type: 'string',
      requiresArg: true,
      describe: `Articles briefed at once, on worker threads, at most one per core; 1 briefs them in the main thread [default: the number of cores but one, fewer if free memory is short; ${defaultJobs()} here]`,
    })
    .option('quiet', QUIET);
}

/** The command's parser; help is drawn `width` columns wide. */
function parser(width: number) {
  return yargs()
    .scriptName('brief')
    .usage('$0 <input..> [options]\n\nBrief news articles (plain text, Markdown or HTML) into a one-page PDF, a Markdown brief and JSON.')
    .command('$0 [input..]', false, briefingOptions)
    .command('templates <action> [name] [dir]', 'List templates, or copy one out to edit: "templates list", "templates eject <name> [dir]"', (y) =>
      y
        .positional('action', { choices: ['list', 'eject'] as const, describe: 'list, or eject' })
        .positional('name', { type: 'string', describe: 'Template to eject (built-in or user template name, or a folder)' })
        .positional('dir', { type: 'string', describe: 'Where to copy it (default: ./<name>)' })
        .option('force', { type: 'boolean', default: false, describe: 'Overwrite a folder that is not empty' })
        .option('quiet', QUIET),
    )
    .command('schema', 'Print the JSON Schema of the brief data (what --format json prints and templates see)')
    .example('$0 input/', 'Brief every article in input/ into output/')
    .example('$0 article.txt --format json --output -', 'Print the brief data of one article as JSON')
    .example('$0 article.txt -f pdf,md,json -o briefs/', 'Write all three outputs into briefs/')
    .example('cat article.txt | $0 - --format md --output -', 'Brief standard input and print the Markdown')
    .example('$0 --template bluf article.txt', 'Bottom line up front, the intelligence style')
    .example('$0 templates eject default my-brief', 'Copy the default template to ./my-brief')
    .example('$0 "clips/*.html" https://example.com/story', 'Brief saved pages and a live one')
    .epilog('Exit codes: 0 success, 1 unexpected error (a bug), 2 usage error, 3 input or output path error, 4 template error.')
    .version(packageVersion())
    .help()
    .alias('h', 'help')
    .alias('v', 'version')
    .strict()
    .wrap(width)
    .exitProcess(false);
}

// yargs reads a lone "-" as an empty value, so it travels under another name through the parser.
const DASH = '\u0000stdin';

function protectDashes(argv: readonly string[]): string[] {
  return argv.map((arg) => (arg === '-' ? DASH : arg));
}

// Every value comes back, not only the input and --output: "-o -" must reach the checks as "-", never as the stand-in.
function restoreDashes(args: Args | undefined): Args | null {
  if (!args) return null;
  const back = (v: unknown): unknown => (v === DASH ? '-' : Array.isArray(v) ? v.map(back) : v);
  return Object.fromEntries(Object.entries(args).map(([key, value]) => [key, back(value)])) as unknown as Args;
}

/** Runs the CLI in-process: arguments and streams in, exit code out. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  let parsed: { error: Error | null; args: Args | null; output: string };
  try {
    parsed = await new Promise((done) => {
      // Help fits the terminal it is printed to, at most 100 columns; a stream with no width (a pipe, a test) gets 100.
      void parser(Math.min(100, io.stdout.columns || 100)).parse(protectDashes(argv), {}, (error: Error | null | undefined, args: unknown, output: string) =>
        done({ error: error ?? null, args: restoreDashes(args as Args), output }),
      );
    });
  } catch (error) {
    io.stderr.write(`brief: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  if (parsed.error) {
    // "brief templates" alone, or with an action it does not know: say what the subcommand takes, not yargs' own words.
    const templates = argv[0] === 'templates' && /non-option arguments|Invalid values/.test(parsed.error.message);
    const message = templates ? 'templates takes "list", or "eject <name> [dir]"' : parsed.error.message.replace(/\s*\n\s*/g, ' ');
    const command = argv[0] === 'templates' || argv[0] === 'schema' ? `${argv[0]} ` : '';
    io.stderr.write(`brief: ${message} (run "brief ${command}--help" for usage)\n`);
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
    io.stderr.write(`brief: ${describeError(error)}\n`);
    return isBriefError(error) ? exitCodeFor(error.code) : EXIT.unexpected;
  }
}

async function run(args: Args, io: CliIo, cwd: string): Promise<number> {
  const inputs = args.input ?? [];
  if (inputs.length === 0) throw new BriefError('USAGE', 'no input given: name article files, folders, globs or URLs, or "-" for standard input (see --help)');
  const formats = parseFormats(args.format);
  const asked = numberOption(args.jobs, 'jobs', (n) => Number.isInteger(n) && n >= 1, 'a whole number of 1 or more');
  // Two or more still brief on worker threads, each input with its time budget; only an explicit 1 briefs in this thread.
  const jobs = asked === undefined || asked === 1 ? asked : Math.max(2, Math.min(asked, maxJobs()));
  if (asked !== undefined && jobs !== asked && !args.quiet)
    io.stderr.write(`brief: --jobs ${asked} lowered to ${jobs}, as many as this machine's cores and free memory allow\n`);
  const timeout = must(
    numberOption(args.timeout, 'timeout', (n) => n > 0, 'a number of seconds above 0'),
    'the --timeout default',
  );
  const maxSize = must(
    numberOption(args.maxSize, 'max-size', (n) => n > 0, 'a number of megabytes above 0'),
    'the --max-size default',
  );
  const inputFormat = parseInputFormat(args.inputFormat);
  const page = pageOverrides(args);
  const outDir = must(stringOption(args.out), 'the --out default');
  if (outDir === '-') throw new BriefError('USAGE', '--out takes a folder; to print one output on standard output, use --output - (with one --format)');
  const output = stringOption(args.output);
  if (output === '') throw new BriefError('USAGE', '--output takes a file name, or "-" for standard output');
  const expanded = expandInputs(inputs, cwd);
  if (output !== undefined && (expanded.length !== 1 || formats.length !== 1)) {
    throw new BriefError('USAGE', '--output takes one input and one --format (e.g. --format json --output -)');
  }
  // With --output there is no folder of outputs; the one file is checked against its input below.
  const extensions = output === undefined ? formats.map((f) => OUTPUT_EXTENSIONS[f]) : [];
  const guarded = [
    ...expanded.filter(isBriefError),
    ...guardInputs(
      expanded.filter((r): r is InputRef => !isBriefError(r)),
      extensions,
      outDir,
      cwd,
    ),
  ];
  const problems = guarded.filter(isBriefError);
  const refs = guarded.filter((r): r is InputRef => !isBriefError(r));
  if (output !== undefined && output !== '-') checkOutputFile(output, cwd);
  if (output === undefined) checkOutDir(outDir, cwd);
  const env = io.env ?? process.env;
  const template: Template = loadTemplate(args.template, { cwd, env });
  const job: BatchJob = {
    formats,
    outDir,
    cwd,
    template: templateRef(template),
    page,
    inputFormat,
    fetch: { timeoutMs: timeout * 1000 },
    maxBytes: Math.round(maxSize * 1_000_000),
  };
  const stdin = refs.some((r) => r.kind === 'stdin') ? await readStdin(io) : undefined;
  const tasks: BatchTask[] = refs.map((ref) => (ref.kind === 'stdin' ? { ...ref, bytes: stdin } : ref));
  if (output !== undefined) {
    if (problems[0]) throw problems[0];
    const task = must(tasks[0], 'the one input --output takes');
    if (task.kind === 'file' && output !== '-' && resolve(cwd, output) === resolve(cwd, task.name))
      throw new BriefError('OUTPUT_FAILED', '--output names the article itself, which its brief would replace', { file: output });
    const { briefInput, outputOf, writeAtomically } = await loadEngine();
    let data: string | Uint8Array;
    let outputs: BriefOutputs;
    try {
      outputs = await briefInput(task, job, template);
      data = outputOf(outputs, must(formats[0], 'the one format --output takes'));
    } catch (error) {
      // A failure while briefing names the input, like a batch does; a bug too, still exit 1.
      if (isBriefError(error)) throw error.file === undefined ? namedAfter(error, task.name) : error;
      io.stderr.write(`brief: ${describeError(error, task.name)}\n`);
      return EXIT.unexpected;
    }
    if (!args.quiet) for (const warning of outputs.warnings ?? []) io.stderr.write(`brief: ${task.name}: warning: ${warning}\n`);
    if (output === '-') io.stdout.write(data);
    else writeAtomically(resolve(cwd, output), data, output);
    return EXIT.ok;
  }
  const started = Date.now();
  const total = tasks.length + problems.length;
  const progress = createProgress(io.stderr, total);
  // Inputs that name nothing to read fail alone, before the others are briefed.
  for (const problem of problems) {
    progress.line(`brief: ${formatBriefError(problem)}`);
    progress.tick(true);
  }
  const results = await runBatch(
    tasks,
    job,
    jobs ?? null,
    (result) => {
      if (!args.quiet) for (const warning of result.warnings ?? []) progress.line(`brief: ${result.input}: warning: ${warning}`);
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
  const failures = failed.length + problems.length;
  if (total > 1 && !args.quiet) io.stderr.write(`${total - failures} briefed, ${failures} failed, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (failures === 0) return EXIT.ok;
  const codes = [...problems.map((p) => exitCodeFor(p.code)), ...failed.map((r) => (r.error?.code ? exitCodeFor(r.error.code) : EXIT.unexpected))];
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

/** The command line of this process: its arguments, streams and exit code. */
export async function runProcess(): Promise<void> {
  // Standard output that cannot take what is written (a full disk, a closed pipe) fails the command with one line, or, for a
  // reader that stopped reading ("| head"), quietly; never with a stack trace or a success code.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`brief: cannot write to standard output: ${describeFsError(error)}\n`);
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? EXIT.ok) : EXIT.input);
  });
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => {
      // A terminal on stdin means the user is about to type: say how to finish, rather than seem to hang.
      if (process.stdin.isTTY) process.stderr.write('brief: reading an article from standard input; end it with Ctrl-D\n');
      return readAll(process.stdin);
    },
  });
}
