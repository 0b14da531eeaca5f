// Finds files that ship with the package (data, templates, fonts), from source and from dist alike.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'brief') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('brief: cannot find the package root (package.json named "brief")');
    dir = parent;
  }
}

export const PACKAGE_ROOT = findPackageRoot();
export const DATA_DIR = join(PACKAGE_ROOT, 'data');
export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
