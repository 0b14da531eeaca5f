// The words a cue pattern cannot match without: a sentence that holds none of them is passed over before the pattern
// runs, since most sentences carry no cue and running all 87 patterns on each was the bulk of finding cues.

/** The shortest a required literal is worth testing for: shorter ones ("to") are in nearly every sentence. */
const MIN_LITERAL = 3;
const LITERAL = /[a-z0-9 '’-]/i;
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
    } else if (ch === '[' || ch === '\\' || !LITERAL.test(ch)) {
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
  /** Each literal, with its pattern, under the number its first three characters make. */
  byTrigram: ReadonlyMap<number, ReadonlyArray<readonly [pattern: number, literal: string]>>;
}

/** The index of a list of patterns' literals (`requiredLiterals` of each, in the patterns' order). */
export function indexLiterals(literals: ReadonlyArray<readonly string[] | null>): LiteralIndex {
  const always: number[] = [];
  const byTrigram = new Map<number, Array<readonly [number, string]>>();
  literals.forEach((list, pattern) => {
    if (list === null) {
      always.push(pattern);
      return;
    }
    for (const literal of list) {
      const key = trigramAt(literal, 0);
      byTrigram.set(key, [...(byTrigram.get(key) ?? []), [pattern, literal] as const]);
    }
  });
  return { size: literals.length, always, byTrigram };
}

/**
 * Which patterns may match a lower-cased text: those with a literal that stands in it, found in one pass (a map lookup
 * per character, and a comparison where a literal's first three characters stand), and those without literals.
 */
export function mayMatch(index: LiteralIndex, lowerText: string): Uint8Array {
  const may = new Uint8Array(index.size);
  for (const pattern of index.always) may[pattern] = 1;
  for (let i = 0; i + 3 <= lowerText.length; i++) {
    const entries = index.byTrigram.get(trigramAt(lowerText, i));
    if (entries === undefined) continue;
    for (const [pattern, literal] of entries) if (may[pattern] === 0 && lowerText.startsWith(literal, i)) may[pattern] = 1;
  }
  return may;
}

/** Three UTF-16 code units folded into one small integer (ten bits each); a clash only costs a comparison. */
function trigramAt(text: string, at: number): number {
  return ((text.charCodeAt(at) & 1023) << 20) | ((text.charCodeAt(at + 1) & 1023) << 10) | (text.charCodeAt(at + 2) & 1023);
}

const shortest = (literals: readonly string[]): number => Math.min(...literals.map((l) => l.length));

function quantifierAt(source: string, at: number): string {
  return QUANTIFIER.exec(source.slice(at, at + 12))?.[0] ?? '';
}

/** The alternatives of a pattern at its top level (outside groups and classes). */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i = escapeEnd(source, i) - 1;
    else if (ch === '[') i = closingBracket(source, i);
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i = escapeEnd(source, i) - 1;
    else if (ch === '[') i = closingBracket(source, i);
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  throw new Error(`unbalanced group in /${source}/`);
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
