// npm test builds only when dist/ is not a whole build of the current sources (scripts/build-stamp.mjs): the check must
// see a changed source, a missing output and a build that never finished, and nothing else.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/seed.js';

const project = mkdtempSync(join(tmpdir(), 'brief-stamp-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

function put(path: string, text: string): void {
  mkdirSync(dirname(join(project, path)), { recursive: true });
  writeFileSync(join(project, path), text);
}

/** The script's exit code for one mode, run on the scratch project. */
function stamp(mode: '--write' | '--check' | '--clear'): number | null {
  return spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-stamp.mjs'), mode, project], { encoding: 'utf8' }).status;
}

describe('the build stamp', () => {
  // A project as the build leaves it, without a bundle (a build without rolldown makes none).
  put('src/a.ts', 'export const a = 1;\n');
  put('templates/default/brief.md.hbs', '# {{headline}}\n');
  put('tsconfig.json', '{}\n');
  put('package.json', '{}\n');
  for (const file of ['dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/cli.js', 'dist/templates.precompiled.json']) put(file, '\n');
  mkdirSync(join(project, 'dist', 'src'), { recursive: true });
  copyFileSync(join(ROOT, 'dist', 'src', 'bundle.js'), join(project, 'dist', 'src', 'bundle.js'));

  it('is fresh after the build writes it, and stale once a source changes, until it changes back', () => {
    expect(stamp('--check')).toBe(1);
    expect(stamp('--write')).toBe(0);
    expect(stamp('--check')).toBe(0);
    put('src/a.ts', 'export const a = 2;\n');
    expect(stamp('--check')).toBe(1);
    put('src/a.ts', 'export const a = 1;\n');
    expect(stamp('--check')).toBe(0);
    put('templates/default/extra.md.hbs', 'new\n');
    expect(stamp('--check')).toBe(1);
    rmSync(join(project, 'templates', 'default', 'extra.md.hbs'));
    expect(stamp('--check')).toBe(0);
  });

  it('is stale when an output is missing or the build was cleared and never finished', () => {
    expect(stamp('--write')).toBe(0);
    rmSync(join(project, 'dist', 'src', 'cli.js'));
    expect(stamp('--check')).toBe(1);
    put('dist/src/cli.js', '\n');
    expect(stamp('--check')).toBe(0);
    expect(stamp('--clear')).toBe(0);
    expect(stamp('--check')).toBe(1);
  });
});
