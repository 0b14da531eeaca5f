// The words a case-insensitive pattern cannot match without: a text that holds none of them is passed over before the
// pattern runs. Most sentences carry no unconfirmed cue and no concern word, and most blocks are no page furniture:
// running those patterns on each was the bulk of finding them, and compiling them a good part of a cold start.

/** The shortest a required literal is worth testing for: shorter ones ("to") are in nearly every sentence. */
const MIN_LITERAL = 3;
const OPTIONAL = /^(?:\?|\*|\{0(?:,\d*)?\})\??/;
const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/;

/**
 * Lower-case strings, one of which every match of a case-insensitive pattern contains; null when the pattern has no
 * such literal of at least three characters. Groups are read recursively; anything else but plain letters, digits,
 * spaces, apostrophes and hyphens (classes, escapes, dots, anchors) ends a literal.
 */
export function requiredLiterals(source: string): string[] | null {
  const alternatives = splitTopLevel(source);
  if (alternatives.length > 1) {
    const each = alternatives.map(requiredLiterals);
    return each.every((literals) => literals !== null) ? [...new Set(each.flat() as string[])] : null;
  }
  let best: string[] | null = null;
  let run = '';
  const consider = (literals: string[] | null): void => {
    if (literals !== null && (best === null || shortest(literals) > shortest(best))) best = literals;
  };
  const flush = (): void => {
    if (run.trim().length >= MIN_LITERAL) consider([run.toLowerCase()]);
    run = '';
  };
  for (let i = 0; i < source.length; ) {
    const ch = source[i] as string;
    if (ch === '(') {
      const close = closingParen(source, i);
      const inner = source.slice(i + 1, close);
      const quantifier = quantifierAt(source, close + 1);
      flush();
      const lookaround = /^\?(?:[=!]|<[=!])/.test(inner);
      if (!lookaround && !OPTIONAL.test(quantifier)) consider(requiredLiterals(inner.replace(/^\?(?::|<[^>]+>)/, '')));
      i = close + 1 + quantifier.length;
    } else if (ch === '[' || ch === '\\' || !isLiteral(ch)) {
      const end = ch === '[' ? closingBracket(source, i) + 1 : ch === '\\' ? escapeEnd(source, i) : i + 1;
      flush();
      i = end + quantifierAt(source, end).length;
    } else {
      const quantifier = quantifierAt(source, i + 1);
      if (OPTIONAL.test(quantifier)) flush();
      else {
        run += ch;
        // A repeated character ends the literal: what follows it may stand after any number of them.
        if (quantifier) flush();
      }
      i += 1 + quantifier.length;
    }
  }
  flush();
  return best;
}

/** Patterns by the first three characters of their literals, to find in one pass over a text which may match it. */
export interface LiteralIndex {
  size: number;
  /** Patterns without a literal: they run on every text. */
  always: readonly number[];
  /** Each literal with its pattern, in the bucket its first three characters hash to (a clash costs a comparison). */
  buckets: ReadonlyArray<ReadonlyArray<readonly [pattern: number, literal: string]> | undefined>;
}

const BUCKET_BITS = 12;

/** The index of a list of patterns' literals (`requiredLiterals` of each, in the patterns' order). */
export function indexLiterals(literals: ReadonlyArray<readonly string[] | null>): LiteralIndex {
  const always: number[] = [];
  const buckets: Array<Array<readonly [number, string]> | undefined> = new Array(1 << BUCKET_BITS).fill(undefined);
  literals.forEach((list, pattern) => {
    if (list === null) {
      always.push(pattern);
      return;
    }
    for (const literal of list) {
      const bucket = bucketOf(roll(roll(roll(0, literal, 0), literal, 1), literal, 2));
      buckets[bucket] = [...(buckets[bucket] ?? []), [pattern, literal] as const];
    }
  });
  return { size: literals.length, always, buckets };
}

/**
 * Which patterns may match a text: those with a literal that stands in it, found in one pass (a table lookup per
 * character, and a comparison where a literal's first three characters may stand), and those without literals.
 */
export function mayMatch(index: LiteralIndex, text: string): Uint8Array {
  const may = new Uint8Array(index.size);
  for (const pattern of index.always) may[pattern] = 1;
  const lower = folded(text);
  let key = 0;
  for (let i = 0; i < lower.length; i++) {
    key = roll(key, lower, i);
    if (i < 2) continue;
    const entries = index.buckets[bucketOf(key)];
    if (entries === undefined) continue;
    for (const [pattern, literal] of entries) if (may[pattern] === 0 && lower.startsWith(literal, i - 2)) may[pattern] = 1;
  }
  return may;
}

/** The text as the literals are compared with it: lower-cased, the long s as s (Unicode-mode case folding matches them). */
function folded(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** The last three characters as one integer of ten bits each: `key` (those before `at`) with the character at `at` added. */
function roll(key: number, text: string, at: number): number {
  return ((key << 10) | (text.charCodeAt(at) & 1023)) & 0x3fffffff;
}

/** A bucket for three characters' integer (Fibonacci hashing). */
function bucketOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - BUCKET_BITS);
}

const shortest = (literals: readonly string[]): number => Math.min(...literals.map((l) => l.length));

/** A character that stands for itself in a pattern and may be part of a word: a letter, digit, space, apostrophe or hyphen. */
function isLiteral(ch: string): boolean {
  const c = ch.charCodeAt(0) | 32;
  return (c >= 97 && c <= 122) || (ch >= '0' && ch <= '9') || ch === ' ' || ch === "'" || ch === '’' || ch === '-';
}

function quantifierAt(source: string, at: number): string {
  const next = source[at];
  if (next !== '?' && next !== '*' && next !== '+' && next !== '{') return '';
  return QUANTIFIER.exec(source.slice(at, at + 12))?.[0] ?? '';
}

/** The alternatives of a pattern at its top level (outside groups and classes). */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let start = 0;
  walk(source, 0, (i, ch, depth) => {
    if (ch === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
    return false;
  });
  parts.push(source.slice(start));
  return parts;
}

/** Where the group opened at `open` closes. */
function closingParen(source: string, open: number): number {
  const close = walk(source, open, (_, ch, depth) => ch === ')' && depth === 1);
  if (close === source.length) throw new Error(`unbalanced group in /${source}/`);
  return close;
}

/**
 * Walks a pattern from `from`, past escapes and classes, calling `at` with each other character and the number of groups
 * open before it; returns where `at` first says true, or the pattern's length.
 */
function walk(source: string, from: number, at: (i: number, ch: string, depth: number) => boolean): number {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') i = escapeEnd(source, i) - 1;
    else if (ch === '[') i = closingBracket(source, i);
    else if (at(i, ch, depth)) return i;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
  }
  return source.length;
}

function closingBracket(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  throw new Error(`unclosed class in /${source}/`);
}

/** Where an escape starting at `at` ends: "\b" and "\s" are two characters, "\u{…}", "\p{…}" and "\x41" more. */
function escapeEnd(source: string, at: number): number {
  const rest = source.slice(at + 1);
  const long = /^(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z])/.exec(rest);
  return at + 1 + (long ? long[0].length : 1);
}
