// Page furniture as data/furniture.json describes it (captions, credits, promos, print lines, share counts, bios), read once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';
import { indexLiterals, type LiteralIndex, mayMatch, requiredLiterals } from '../pattern-literals.js';

interface FurnitureFile {
  classTokens: string[];
  roles: string[];
  popupTokens: string[];
  lines: Array<{ kind: string; maxWords: number; where?: 'foot'; patterns: string[] }>;
}

export interface Furniture {
  /** Words of a class or id that mark an HTML element as furniture ("caption", "newsletter"). */
  classTokens: ReadonlySet<string>;
  /** ARIA roles that mark an HTML element as furniture ("complementary"). */
  roles: ReadonlySet<string>;
  /** Words of a class or id that mark a pop-up card inside the text ("rollover-people-block", "tooltip"). */
  popupTokens: ReadonlySet<string>;
  /** Whole-block patterns, each with the most words a block may have to match it. */
  lines: ReadonlyArray<{ kind: string; maxWords: number; where: 'anywhere' | 'foot'; pattern: RegExp }>;
  /** The words each line's pattern cannot match without (src/pattern-literals.ts), in the order of `lines`. */
  literals: LiteralIndex;
}

let cached: Furniture | null = null;

export function furniture(): Furniture {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(join(DATA_DIR, 'furniture.json'), 'utf8')) as FurnitureFile;
  const lines = file.lines.flatMap(({ kind, maxWords, where, patterns }) =>
    patterns.map((p) => ({ kind, maxWords, where: where ?? ('anywhere' as const), pattern: new RegExp(p, furnitureFlags(p)) })),
  );
  cached = {
    classTokens: new Set(file.classTokens.map((t) => t.toLowerCase())),
    roles: new Set(file.roles.map((r) => r.toLowerCase())),
    popupTokens: new Set(file.popupTokens.map((t) => t.toLowerCase())),
    lines,
    literals: indexLiterals(lines.map((line) => requiredLiterals(line.pattern.source))),
  };
  return cached;
}

/**
 * The first furniture line of `where` whose pattern matches a block of `words` words. A pattern runs only when the block
 * holds one of its literals: compiling the Unicode-mode ones (\p{L}) on first use was most of a cold brief's reading.
 */
export function furnitureLineOf(text: string, words: number, where: 'anywhere' | 'foot'): Furniture['lines'][number] | null {
  const { lines, literals } = furniture();
  let may: Uint8Array | null = null;
  for (const [k, line] of lines.entries()) {
    if (line.where !== where || words > line.maxWords) continue;
    may ??= mayMatch(literals, text);
    if (may[k] === 1 && line.pattern.test(text)) return line;
  }
  return null;
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
