// A nickname in quotation marks inside a person's name: `state Del. Marcia "Cia" Price`, `Robert C. "Bobby" Scott`. Its marks
// quote no one, and the name around it is one person's, so the quotation finder and the tokeniser both pass over it.
import { lexicons } from '../lexicon.js';
import { allMatches } from '../all-matches.js';
import type { Sentence } from '../types.js';
import type { NameMention } from './name-types.js';

const CLOSING: Record<string, string> = { '"': '"”', '“': '”"', '‘': '’', "'": "'’" };
/** One capitalised word in marks (`"Cia"`, `“Tig”`, `'Lean'`), then a space and the next capitalised word. */
const NICKNAME = /^(["“‘'])(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)(["”’'])\s+(\p{Lu}[\p{L}'’.-]*)/u;
/** The two words before the opening mark. */
const BEFORE = /(?:(\S+)\s+)?(\S+)\s+$/u;

const isInitials = (word: string): boolean => /^(?:\p{Lu}\.)+$/u.test(word);
const isTitle = (word: string): boolean => lexicons().titles.has(word.toLowerCase()) || lexicons().titles.has(word.toLowerCase().replace(/\.$/, ''));
/** A word that never stands in a name: "As", "The", "He", "Monday". */
function isCommonCapital(word: string): boolean {
  const { notNames, pronouns, calendarWords, functionWords } = lexicons();
  const lower = word.toLowerCase();
  return notNames.has(word) || pronouns.has(lower) || calendarWords.has(lower) || functionWords.has(lower);
}

/**
 * The end of a nickname's closing mark when its opening mark stands at `at`, else -1. The word before is a first name or an
 * initial ("Marcia", "C.L."), or follows a title or a first name ("Sen. Panfilo", "Edmund Gerald"); a surname follows.
 */
export function nicknameEnd(text: string, at: number): number {
  const mark = text.charAt(at);
  if (!(mark in CLOSING)) return -1;
  const m = NICKNAME.exec(text.slice(at, at + 80));
  if (!m || !CLOSING[mark]?.includes(m[3] ?? '') || isCommonCapital(m[4] ?? '') || isCommonCapital(m[2] ?? '')) return -1;
  const before = BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  const [earlier = '', word = ''] = [before?.[1], before?.[2]];
  if (!/^\p{Lu}/u.test(word) || isCommonCapital(word) || isTitle(word)) return -1;
  const { givenNames } = lexicons();
  const named = givenNames.has(word.toLowerCase()) || isInitials(word) || isTitle(earlier) || givenNames.has(earlier.toLowerCase());
  return named ? at + (m[1]?.length ?? 0) + (m[2]?.length ?? 0) + (m[3]?.length ?? 0) : -1;
}

/** The nicknames of a text, with the offsets of their marks. */
export function nicknamesIn(text: string): Array<{ start: number; end: number; nickname: string }> {
  const out: Array<{ start: number; end: number; nickname: string }> = [];
  for (const m of allMatches(text, /["“‘']/g)) {
    const end = nicknameEnd(text, m.index);
    if (end > 0) out.push({ start: m.index, end, nickname: text.slice(m.index + 1, end - 1) });
  }
  return out;
}

/** "Edmund Gerald Brown Jr." with "Jerry" → `Edmund Gerald "Jerry" Brown Jr.`: the nickname before the surname, as the article gives it. */
export function withNickname(name: string, nickname: string, isSuffix: (word: string) => boolean): string {
  const words = name.split(' ');
  let at = words.length - 1;
  while (at > 0 && isSuffix(words[at] ?? '')) at--;
  if (at < 1) return name;
  words.splice(at, 0, `"${nickname}"`);
  return words.join(' ');
}

/** `Marcia "Cia" Price`: the full name keeps the nickname the article gives inside it, and the nickname alone names her. */
export function addNicknames(
  sentences: readonly Sentence[],
  mentions: readonly NameMention[],
  fullNames: Map<string, string>,
  titles: Map<string, string>,
  isSuffix: (word: string) => boolean,
): void {
  for (const [i, s] of sentences.entries())
    for (const nick of nicknamesIn(s.text)) {
      const m = mentions.find((x) => x.sentence === i && x.kind === 'person' && x.start < nick.start && x.end >= nick.end);
      if (!m) continue;
      const full = withNickname(m.name, nick.nickname, isSuffix);
      for (const [short, name] of fullNames) if (name === m.name) fullNames.set(short, full);
      if (!fullNames.has(nick.nickname)) fullNames.set(nick.nickname, full);
      if (m.title && !titles.has(full)) titles.set(full, m.title);
    }
}
