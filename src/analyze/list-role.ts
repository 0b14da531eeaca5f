// Why: "Senators Ted Cruz and Marco Rubio", "presidential candidates Gary Johnson and Jill Stein" — a plural role before a list of
// names is each one's, but the role words stand only before the first name, and a plural is no role word of its own. Such a role is
// the weakest title: a caption's "candidates Ben Carson and Chris Christie" must not displace "governor" read elsewhere.
import { isRoleText } from './bare-role.js';
import { isNamePart, isTitleWord } from './capital-runs.js';
import type { NameIndex } from './name-index.js';
import { fullName } from './name-lookup.js';
import { hasRoleTitle, roleBefore } from './name-roles.js';
import { isKinWord } from './name-words.js';
import { sentenceTokens } from './sentence-tokens.js';
import type { Sentence } from '../types.js';
import { isCapitalised, type Token } from './tokens.js';

/** The index where the name that ends at `end` (inclusive) starts, passing a short bracketed aside after it ("Rand Paul (Ky.)"). */
function nameStart(tokens: readonly Token[], end: number): number {
  let i = end;
  if (tokens[i]?.text === ')') {
    const open = tokens
      .slice(Math.max(0, i - 5), i)
      .map((t) => t.text)
      .lastIndexOf('(');
    if (open < 0) return -1;
    i = Math.max(0, i - 5) + open - 1;
  }
  let start = -1;
  for (; i >= 0; i--) {
    const t = tokens[i];
    if (t?.kind === 'word' && isNamePart(t.text)) start = i;
    else if (!(t?.text === '.' && /^\p{Lu}$/u.test(tokens[i - 1]?.text ?? ''))) break; // "John F. Kerry"
  }
  return start;
}

/** The end (inclusive) of the name that opens at `start`, with its bracketed aside. */
function nameEnd(tokens: readonly Token[], start: number): number {
  let i = start;
  while (tokens[i + 1]?.kind === 'word' ? isNamePart(tokens[i + 1]?.text ?? '') : tokens[i + 1]?.text === '.' && /^\p{Lu}$/u.test(tokens[i]?.text ?? '')) i++;
  if (tokens[i + 1]?.text === '(') {
    const close = tokens.slice(i + 2, i + 7).findIndex((t) => t.text === ')');
    if (close >= 0) i += 2 + close;
  }
  return i;
}

/** "Sens." → "Sen.", "Senators" → "Senator": a capitalised plural title, singular, or null. */
function singularTitle(tokens: readonly Token[], i: number): string | null {
  const word = tokens[i]?.text ?? '';
  if (tokens[i]?.kind !== 'word' || !isCapitalised(word) || !/[^s]s$/.test(word)) return null;
  const one = word.slice(0, -1);
  const dotted = tokens[i + 1]?.text === '.';
  return isTitleWord(one) || (dotted && isTitleWord(`${one}.`)) ? `${one}${dotted ? '.' : ''}` : null;
}

/** Whether the name at `start` is followed by another in a list ("Ted Cruz, Rand Paul and …", "Ted Cruz and Marco Rubio"). */
const listGoesOn = (tokens: readonly Token[], start: number): boolean => {
  const after = nameEnd(tokens, start) + 1;
  return /^(,|and)$/.test(tokens[after]?.text ?? '') && isCapitalised(tokens[after + 1]?.text ?? '');
};

/** The title of the person named at `first` from a plural role before the list the name stands in, or null. */
export function listRole(tokens: readonly Token[], first: number): string | null {
  let start = first;
  let names = 1;
  // Back over "…, Rand Paul and": each step passes a separator and the name before it.
  for (let sep = start - 1; names < 8 && /^(,|and)$/.test(tokens[sep]?.text ?? ''); sep = start - 1) {
    const earlier = nameStart(tokens, sep - 1);
    if (earlier < 0) break;
    start = earlier;
    names++;
    if (singularTitle(tokens, earlier) !== null) break; // "Senators Ted Cruz and …": the title opens the list
  }
  if (names === 1 && !listGoesOn(tokens, first)) return null;
  const dotted = tokens[start - 1]?.text === '.';
  const capital = singularTitle(tokens, start) ?? singularTitle(tokens, dotted ? start - 2 : start - 1);
  if (capital) return capital;
  const plural = tokens[start - 1];
  const one = plural?.text.replace(/s$/, '') ?? '';
  if (plural?.kind !== 'word' || !/\p{Ll}s$/u.test(plural.text) || isKinWord(one) || !isRoleText(one)) return null;
  // The words before the list read as a role once their plural head is one ("presidential candidate").
  const single = tokens.map((t, k) => (k === start - 1 ? { ...t, text: one } : t));
  return roleBefore(single, start);
}

/** Records a plural role before a list of names as the title of each person in it who has no other title by now. */
export function addListTitles(names: NameIndex, sentences: readonly Sentence[]): void {
  for (const m of names.mentions) {
    const sentence = sentences[m.sentence];
    if (m.kind !== 'person' || m.quoted || sentence === undefined) continue;
    const full = fullName(names, m.name);
    if (hasRoleTitle(names.titles, full)) continue;
    const tokens = sentenceTokens(sentence);
    const first = tokens.findIndex((t) => t.start === sentence.start + m.start);
    const role = first < 0 ? null : listRole(tokens, first);
    if (!role) continue;
    names.titles.set(full, role);
    names.sharedTitles = (names.sharedTitles ?? new Set()).add(full);
  }
}
