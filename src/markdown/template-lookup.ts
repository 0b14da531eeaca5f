// Where templates live: built-ins in the package, the user's own in $XDG_CONFIG_HOME/brief/templates, or any folder.
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { BriefError, describeFsError } from '../errors.js';
import { TEMPLATES_DIR } from '../paths.js';
import { LAYOUT_FILE } from './template-settings.js';

export type Env = Readonly<Record<string, string | undefined>>;

export interface LookupOptions {
  cwd?: string;
  env?: Env;
}

export type TemplateOrigin = 'built-in' | 'user' | 'folder';

export interface TemplateLocation {
  name: string;
  dir: string;
  origin: TemplateOrigin;
}

/** The user's template folder: $XDG_CONFIG_HOME/brief/templates, or ~/.config/brief/templates. */
export function userTemplatesDir(env: Env = process.env): string {
  const config = env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(env.HOME ?? homedir(), '.config');
  return join(config, 'brief', 'templates');
}

const looksLikePath = (value: string): boolean => /[\\/]/.test(value) || value.startsWith('.');

function isTemplateDir(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory() && (existsSync(join(dir, LAYOUT_FILE)) || existsSync(join(dir, 'partials')));
}

function templateNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => isTemplateDir(join(dir, name)))
    .sort();
}

export function builtinTemplateNames(): string[] {
  return templateNames(TEMPLATES_DIR);
}

/**
 * A name is looked up among the user's templates, then the built-ins; anything with a slash is a folder.
 * A user template of the same name as a built-in takes its place; a folder of that name in `cwd` comes last.
 */
export function locateTemplate(nameOrDir: string, options: LookupOptions = {}): TemplateLocation {
  const cwd = options.cwd ?? process.cwd();
  if (looksLikePath(nameOrDir)) {
    const dir = resolve(cwd, nameOrDir);
    if (!isTemplateDir(dir)) throw new BriefError('TEMPLATE_MISSING', `no template folder here: it needs ${LAYOUT_FILE} or partials/`, { file: nameOrDir });
    return { name: nameOrDir, dir, origin: 'folder' };
  }
  const user = join(userTemplatesDir(options.env), nameOrDir);
  if (isTemplateDir(user)) return { name: nameOrDir, dir: user, origin: 'user' };
  const builtin = join(TEMPLATES_DIR, nameOrDir);
  if (isTemplateDir(builtin)) return { name: nameOrDir, dir: builtin, origin: 'built-in' };
  // A bare folder name in the working directory, as "templates eject default my-brief" leaves it.
  const local = resolve(cwd, nameOrDir);
  if (isTemplateDir(local)) return { name: nameOrDir, dir: local, origin: 'folder' };
  const known = [...new Set([...builtinTemplateNames(), ...templateNames(userTemplatesDir(options.env))])].join(', ');
  throw new BriefError('TEMPLATE_MISSING', `no template named "${nameOrDir}" (known: ${known}; or give a folder path)`, { file: nameOrDir });
}

/** Every template a name can reach: the built-ins and the user's folder. */
export function listTemplateLocations(env?: Env): TemplateLocation[] {
  const user = userTemplatesDir(env);
  return [
    ...builtinTemplateNames().map((name): TemplateLocation => ({ name, dir: join(TEMPLATES_DIR, name), origin: 'built-in' })),
    ...templateNames(user).map((name): TemplateLocation => ({ name, dir: join(user, name), origin: 'user' })),
  ];
}

/** Copies a template out for editing (to ./<name> unless told); refuses to write into a non-empty folder unless `force`. */
export function ejectTemplate(name: string, target: string | undefined, options: LookupOptions & { force?: boolean } = {}): string {
  const from = locateTemplate(name, options);
  const dest = resolve(options.cwd ?? process.cwd(), target ?? (from.origin === 'folder' ? 'ejected-template' : name));
  if (resolve(from.dir) === dest) throw new BriefError('USAGE', `the template "${name}" is already at ${dest}`, { file: dest });
  if (existsSync(dest) && !statSync(dest).isDirectory())
    throw new BriefError('OUTPUT_FAILED', 'is a file, not a folder to copy the template into', { file: dest });
  if (existsSync(dest) && readdirSync(dest).length > 0 && !options.force) {
    throw new BriefError('USAGE', 'the folder exists and is not empty; add --force to overwrite it', { file: dest });
  }
  try {
    mkdirSync(dest, { recursive: true });
    cpSync(from.dir, dest, { recursive: true, force: true });
  } catch (error) {
    throw new BriefError('OUTPUT_FAILED', `cannot copy the template: ${describeFsError(error)}`, { file: dest, cause: error });
  }
  return dest;
}
