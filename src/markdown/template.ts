// Loads a template (layout.md.hbs + partials/ + settings) into its own Handlebars environment, checked before use.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { BriefError, isBriefError } from '../errors.js';
import { TEMPLATES_DIR } from '../paths.js';
import type { TemplateData, TemplateSettings } from '../types.js';
import { registerHelpers } from './helpers.js';
import { COMPILE_OPTIONS, precompiledSpec } from './template-cache.js';
import { TemplateChecker, type SourceFile } from './template-check.js';
import { locateTemplate, type LookupOptions, type TemplateOrigin } from './template-lookup.js';
import { LAYOUT_FILE, layoutSource, mergeSettings, readSettings } from './template-settings.js';

export interface Template {
  name: string;
  dir: string;
  origin: TemplateOrigin;
  settings: TemplateSettings;
  render: (data: TemplateData) => string;
}

const PARTIAL_EXT = '.md.hbs';

function readPartials(dir: string): Map<string, SourceFile> {
  const partials = new Map<string, SourceFile>();
  const folder = join(dir, 'partials');
  if (!existsSync(folder)) return partials;
  for (const file of readdirSync(folder).sort()) {
    if (file.endsWith(PARTIAL_EXT))
      partials.set(basename(file, PARTIAL_EXT), { file: join(folder, file), source: readFileSync(join(folder, file), 'utf8'), lineOffset: 0 });
  }
  return partials;
}

interface Parts {
  layout: SourceFile | null;
  settings: Partial<TemplateSettings>;
  partials: Map<string, SourceFile>;
}

function readParts(dir: string): Parts {
  const layoutFile = join(dir, LAYOUT_FILE);
  if (!existsSync(layoutFile))
    return { layout: null, settings: readSettings(dir, { body: '', lineOffset: 0, frontMatter: {} }, layoutFile), partials: readPartials(dir) };
  const split = layoutSource(readFileSync(layoutFile, 'utf8'), layoutFile);
  return {
    layout: { file: layoutFile, source: split.body, lineOffset: split.lineOffset },
    settings: readSettings(dir, split, layoutFile),
    partials: readPartials(dir),
  };
}

/** Handlebars reports runtime errors without a file: add the file, line and column of the template that failed. */
function located(error: unknown, file: SourceFile): BriefError {
  if (isBriefError(error)) return error;
  const e = error as Error & { lineNumber?: number; column?: number };
  const missing = /^"(.+)" not defined in/.exec(e.message);
  const [firstLine = ''] = e.message.split('\n');
  return new BriefError('TEMPLATE_INVALID', missing ? `"${missing[1]}" is missing in this item of the data` : firstLine.replace(/ - \d+:\d+$/, ''), {
    file: file.file,
    line: e.lineNumber !== undefined ? e.lineNumber + file.lineOffset : undefined,
    column: e.column !== undefined ? e.column + 1 : undefined,
    hint: missing ? 'guard optional fields with {{#if …}}' : 'see docs/templates.md',
    cause: error,
  });
}

/** A file compiled, or revived from `spec`, the build's compiled code of this very text (src/markdown/template-cache.ts). */
function compile(env: typeof Handlebars, file: SourceFile, spec: string | null): HandlebarsTemplateDelegate {
  const compiled = spec === null ? env.compile(file.source, COMPILE_OPTIONS) : env.template(new Function(`return ${spec}`)());
  return (context, options) => {
    try {
      return compiled(context, options);
    } catch (error) {
      throw located(error, file);
    }
  };
}

/** Every file of the built-in templates, as a template reads it (layouts without their front matter). */
export function builtInFiles(): SourceFile[] {
  return readdirSync(TEMPLATES_DIR)
    .sort()
    .flatMap((name) => {
      const parts = readParts(join(TEMPLATES_DIR, name));
      return [...(parts.layout ? [parts.layout] : []), ...parts.partials.values()];
    });
}

/** A loaded template as plain data, so it can cross to a worker thread: its folder and its merged settings. */
export type TemplateRef = Pick<Template, 'name' | 'dir' | 'origin' | 'settings'>;

export function templateRef(template: Template): TemplateRef {
  return { name: template.name, dir: template.dir, origin: template.origin, settings: template.settings };
}

/**
 * Resolves a template by name (the user's folder, then the built-ins) or by folder path. Partials it lacks come
 * from the built-in it extends (settings.extends, "default" unless set), then from "default".
 */
export function loadTemplate(nameOrDir = 'default', options: LookupOptions = {}): Template {
  const location = locateTemplate(nameOrDir, options);
  return compileTemplate({ name: basename(location.dir), dir: location.dir, origin: location.origin });
}

/** Compiles a template already loaded elsewhere (a worker's copy): its folder again, its settings as given, no lookup. */
export function reviveTemplate(ref: TemplateRef): Template {
  return compileTemplate(ref, ref.settings);
}

function compileTemplate(where: Omit<TemplateRef, 'settings'>, given?: TemplateSettings): Template {
  const own = readParts(where.dir);
  const chain = [...new Set([(given ?? own.settings).extends ?? 'default', 'default'])]
    .map((name) => join(TEMPLATES_DIR, name))
    .filter((dir) => dir !== where.dir);
  for (const dir of chain) {
    if (!existsSync(dir))
      throw new BriefError('TEMPLATE_MISSING', `extends "${basename(dir)}", which is not a built-in template`, { file: join(where.dir, LAYOUT_FILE) });
  }
  const bases = chain.map(readParts);
  const layout = own.layout ?? bases.find((b) => b.layout)?.layout;
  if (!layout) throw new BriefError('TEMPLATE_MISSING', `no ${LAYOUT_FILE} here or in the template it extends`, { file: where.dir });
  const partials = new Map<string, SourceFile>();
  for (const parts of [...bases].reverse().concat(own)) for (const [name, file] of parts.partials) partials.set(name, file);
  const settings = given ?? mergeSettings(...[...bases].reverse().map((b) => b.settings), own.settings);
  const env = Handlebars.create();
  registerHelpers(env);
  const specs = new Map([layout, ...partials.values()].map((file) => [file, precompiledSpec(file)]));
  // Files the build checked and compiled, unchanged since, need no check again.
  if ([...specs.values()].includes(null)) {
    const helpers = Object.keys(env.helpers).filter((name) => !/Missing$/.test(name));
    const checker = new TemplateChecker(partials, new Set(helpers));
    checker.check(layout);
    for (const file of partials.values()) checker.parse(file);
  }
  for (const [name, file] of partials) env.registerPartial(name, compile(env, file, specs.get(file) ?? null));
  const render = compile(env, layout, specs.get(layout) ?? null);
  return { name: where.name, dir: where.dir, origin: where.origin, settings, render: (data) => render(data) };
}
