// Page furniture as data/furniture.json describes it (captions, credits, promos, print lines, share counts, bios), read once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';

interface FurnitureFile {
  classTokens: string[];
  roles: string[];
  lines: Array<{ kind: string; maxWords: number; where?: 'foot'; patterns: string[] }>;
}

export interface Furniture {
  /** Words of a class or id that mark an HTML element as furniture ("caption", "newsletter"). */
  classTokens: ReadonlySet<string>;
  /** ARIA roles that mark an HTML element as furniture ("complementary"). */
  roles: ReadonlySet<string>;
  /** Whole-block patterns, each with the most words a block may have to match it. */
  lines: ReadonlyArray<{ kind: string; maxWords: number; where: 'anywhere' | 'foot'; pattern: RegExp }>;
}

let cached: Furniture | null = null;

export function furniture(): Furniture {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(join(DATA_DIR, 'furniture.json'), 'utf8')) as FurnitureFile;
  cached = {
    classTokens: new Set(file.classTokens.map((t) => t.toLowerCase())),
    roles: new Set(file.roles.map((r) => r.toLowerCase())),
    lines: file.lines.flatMap(({ kind, maxWords, where, patterns }) =>
      patterns.map((p) => ({ kind, maxWords, where: where ?? ('anywhere' as const), pattern: new RegExp(p, furnitureFlags(p)) })),
    ),
  };
  return cached;
}

/**
 * Unicode mode only for a pattern that needs it (`\p{…}`, `\u{…}`): V8 compiles a case-insensitive Unicode pattern several
 * times slower (a first pass over the seed's blocks: 34 ms against 8), and the others match alike in either mode (but for
 * "ſ" and "K", the long s and Kelvin sign, which only Unicode mode folds to s and k).
 */
export function furnitureFlags(pattern: string): 'i' | 'iu' {
  return /\\[pPu]\{/.test(pattern) ? 'iu' : 'i';
}

/** The words of class and id values: "newsCaption article__credit" → news, caption, article, credit. */
export function classWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}
