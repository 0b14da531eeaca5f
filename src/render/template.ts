// Loads a template folder (layout.md.hbs + partials/) into an isolated Handlebars environment.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { BriefError } from '../errors.js';
import { TEMPLATES_DIR } from '../paths.js';
import { registerHelpers } from './helpers.js';

export interface Template {
  name: string;
  dir: string;
  render: (data: unknown) => string;
}

const LAYOUT = 'layout.md.hbs';
const PARTIAL_EXT = '.md.hbs';

function readPartials(dir: string): Map<string, { file: string; source: string }> {
  const partials = new Map<string, { file: string; source: string }>();
  const folder = join(dir, 'partials');
  if (!existsSync(folder)) return partials;
  for (const file of readdirSync(folder).sort()) {
    if (file.endsWith(PARTIAL_EXT)) partials.set(basename(file, PARTIAL_EXT), { file: join(folder, file), source: readFileSync(join(folder, file), 'utf8') });
  }
  return partials;
}

function compile(env: typeof Handlebars, source: string, file: string): HandlebarsTemplateDelegate {
  try {
    // Precompiling here surfaces syntax errors with the file they are in.
    env.precompile(source, { strict: true });
    return env.compile(source, { strict: true, noEscape: true, preventIndent: true });
  } catch (error) {
    throw new BriefError('TEMPLATE_INVALID', `${file}: ${(error as Error).message.split('\n')[0]}`, { file, cause: error });
  }
}

/** Resolves a template by built-in name or folder; partials it lacks come from the default template. */
export function loadTemplate(nameOrDir = 'default'): Template {
  const builtin = join(TEMPLATES_DIR, nameOrDir);
  const dir = existsSync(join(builtin, LAYOUT)) ? builtin : nameOrDir;
  const layoutFile = existsSync(join(dir, LAYOUT)) ? join(dir, LAYOUT) : join(TEMPLATES_DIR, 'default', LAYOUT);
  if (!existsSync(dir)) throw new BriefError('TEMPLATE_MISSING', `no template named or found at "${nameOrDir}"`, { file: nameOrDir });
  const env = Handlebars.create();
  registerHelpers(env);
  const partials = new Map([...readPartials(join(TEMPLATES_DIR, 'default')), ...readPartials(dir)]);
  for (const [name, partial] of partials) env.registerPartial(name, compile(env, partial.source, partial.file));
  const layout = compile(env, readFileSync(layoutFile, 'utf8'), layoutFile);
  return {
    name: basename(dir),
    dir,
    render: (data) => {
      try {
        return layout(data);
      } catch (error) {
        throw new BriefError('TEMPLATE_INVALID', `${layoutFile}: ${(error as Error).message.split('\n')[0]}`, { file: layoutFile, cause: error });
      }
    },
  };
}
