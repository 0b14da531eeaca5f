// A full disk: the outputs that no longer fit fail alone and leave no temporary file behind. Needs a small tmpfs, so it
// runs only where this process may mount one (as root on Linux); elsewhere it is skipped and says so.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';
import { ROOT, SEED_FILE } from './helpers/seed.js';

const dir = mkdtempSync(join(tmpdir(), 'brief-full-'));
const mounted = ((): boolean => {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48k', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const copies: string[] = [];

afterAll(() => {
  try {
    if (mounted) execFileSync('umount', [dir], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // A tmpfs that will not unmount (still busy) is the system's to clear; the test's result stands.
  }
  for (const copy of copies) rmSync(copy, { force: true });
});

describe.skipIf(!mounted)('a disk that fills up during a batch', () => {
  it('fails the briefs that do not fit, one line each, and leaves only whole outputs', async () => {
    const seed = join(ROOT, SEED_FILE);
    const inputs = ['a', 'b', 'c', 'd'].map((name) => {
      const copy = join(tmpdir(), `brief-full-${name}.txt`);
      execFileSync('cp', [seed, copy]);
      copies.push(copy);
      return copy;
    });
    const r = await runCli([...inputs, '--out', join(dir, 'o'), '--jobs', '1']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot write: no space left on the device/);
    const left = readdirSync(join(dir, 'o'));
    expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Whatever was written is a whole set: each PDF beside its Markdown.
    for (const pdf of left.filter((f) => f.endsWith('.pdf'))) expect(left).toContain(pdf.replace(/\.pdf$/, '.md'));
  });
});
