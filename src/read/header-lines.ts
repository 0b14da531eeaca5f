// Recognises the lines around an article's body: outlet, headline, byline, date, captions, furniture.
import { must } from '../errors.js';
import { lexicons } from '../lexicon.js';
import { spacedWordCount } from '../word-count.js';
import { furnitureLineOf } from './furniture.js';
import { isoDateOf, MONTH_WORD } from './dates.js';

// Dates as Chinese, Japanese and Korean ("2026年4月2日", "2026년 3월 14일") and Arabic ("15 مايو 2026") pages print them.
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u;
const ARABIC_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const ARABIC_DATE = new RegExp(`(\\d{1,2})\\s+(${ARABIC_MONTHS.join('|')})\\s+(\\d{4})`, 'u');
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A date written the way a CJK or Arabic page writes it: the ISO day and the text it was read from. */
function scriptDateOf(text: string): { iso: string; match: string } | null {
  const cjk = CJK_DATE.exec(text);
  const arabic = cjk ? null : ARABIC_DATE.exec(text);
  const [year, month, day] = cjk ? [cjk[1], cjk[2], cjk[3]] : arabic ? [arabic[3], String(ARABIC_MONTHS.indexOf(arabic[2] ?? '') + 1), arabic[1]] : [];
  const match = cjk?.[0] ?? arabic?.[0];
  if (!match || !year || !month || !day) return null;
  const [m, d] = [Number(month), Number(day)];
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { iso: `${year}-${pad2(m)}-${pad2(d)}`, match };
}

/** Finds a calendar date in a line: ISO 8601, a date-time with its offset when the line gives a time zone (see dates.ts). */
export function parseDate(text: string): string | null {
  return isoDateOf(text) ?? scriptDateOf(text)?.iso ?? null;
}

/** The number of words: runs of anything but white space. */
export const wordCount = spacedWordCount;

/** A short line that only states when the article was published. */
export function datelineOf(line: string): string | null {
  if (wordCount(line) > 12) return null;
  const labelled = /^(?:published|posted|updated|last updated|date|first published)\b\s*:?\s*(.*)$/i.exec(line);
  const rest = labelled?.[1] ?? line;
  const date = parseDate(rest);
  if (!date) return null;
  const local = scriptDateOf(rest);
  // A CJK or Arabic date with nothing but punctuation or a time around it is a date line.
  if (local && rest.replace(local.match, '').replace(/[\s\p{P}\d]/gu, '') === '') return rest.trim();
  // Weekdays, times, time zones and "Updated 3 hours ago" tails are part of a date line, not other text.
  const leftover = rest
    .replace(/\b(updated|last updated|published|posted)\b.*\bago\b/gi, ' ')
    .replace(/\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|urday|rsday)?\b/gi, ' ')
    .replace(/[\d:.,\-–—/+()]|\b(a\.m|p\.m|am|pm|gmt|utc|kst|est|edt|cst|cdt|pst|pdt|bst|cet|cest|jst|ist|aest|pt|et|at|on)\b/gi, ' ');
  const words = leftover.replace(new RegExp(MONTH_WORD, 'gi'), ' ').split(/\s+/).filter(Boolean);
  // "Wikinews Shorts: October 12, 2006": words set off by a colon before the date name a page, not a date line.
  if (!labelled && /^\s*\p{L}[^:\d]{1,40}:\s/u.test(rest)) return null;
  return labelled || words.length <= 2 ? rest.trim() : null;
}

let role: RegExp | undefined;
/** A newsroom role after a name: "Environment editor", "Business reporter", "staff writers". */
function roleLine(): RegExp {
  role ??= new RegExp(String.raw`^(?:[A-Za-z]+ ){0,3}(?:${lexicons().newsroomRoles.join('|')})s?(?: in [A-Z][\p{L} ]+)?$`, 'iu');
  return role;
}
const NAME_WORD = /^[A-Z][\p{L}'’.-]+$/u;

/** "Damian Carrington Environment editor", "Jane Doe, Business reporter": a name and its role, with no "By". */
function namedWithRole(text: string): string | null {
  const [names = '', role] = text.includes(',') ? text.split(/,\s*/, 2) : [text];
  const words = names.split(' ');
  const cuts = role !== undefined ? [words.length] : [2, 3, 4];
  for (const cut of cuts) {
    const name = words.slice(0, cut);
    const rest = role ?? words.slice(cut).join(' ');
    const people = name.join(' ').split(' and ');
    if (people.every((p) => p.split(' ').length >= 2 && p.split(' ').every((w) => NAME_WORD.test(w))) && roleLine().test(rest)) return name.join(' ');
  }
  return null;
}

export function bylineOf(line: string): string | null {
  const text = line.trim();
  // "BYLINE: Amber Phillips.": a news database's label, whose line ends on a stop.
  const m = /^by\s+(.+)$/i.exec(text) ?? /^byline:\s*(.+?)\.?$/i.exec(text);
  if (!m) return wordCount(text) <= 12 ? namedWithRole(text) : null;
  const named = must(m[1], 'the name after "By"');
  // "By the river, …" is prose: a name opens on a capital (or on a letter of a script without case).
  // The names, not the date after them, are held to twelve words ("By Ann Lee and Tom Roe Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)").
  const names = named.slice(0, dateAfterByline(named)?.at ?? named.length);
  if (!/^[\p{Lu}\p{Lo}]/u.test(named) || wordCount(names) > 12 || /[.!?]$/.test(named.replace(/\b[A-Z]\.$/, ''))) return null;
  const byline = names.replace(/\s*[|,·•]\s*$/, '').trim();
  return namedWithRole(byline) ?? byline;
}

/** What a date line opens on: a digit, a month or a weekday. */
const DATE_START = new RegExp(String.raw`^(?:\d|(?:${MONTH_WORD})\b|(?:mon|tue|wed|thu|fri|sat|sun)\w*\b)`, 'i');

/**
 * "Howard Schneider | March 20, 2024", "Ann Lee · 3 May 2024", "Ann Lee March 20, 2024" (the dot cleaned away): the date a byline
 * line gives after a bar, a dot, a comma or a space.
 */
function dateAfterByline(named: string): { at: number; date: string } | null {
  for (const m of named.matchAll(/\s*(?:[|·•]|,)\s*|\s+/g)) {
    const rest = named.slice(m.index + m[0].length);
    // The date opens on its day, month or weekday: "Roe March 20, 2024" is a name's last word and the date.
    if (DATE_START.test(rest) && datelineOf(rest)) return { at: m.index, date: rest.trim() };
  }
  return null;
}

/** The date a "By …" line gives after its names ("By Howard Schneider | March 20, 2024"), or null. */
export function bylineDateOf(line: string): string | null {
  const named = /^by\s+(.+)$/i.exec(line.trim())?.[1];
  return named ? (dateAfterByline(named)?.date ?? null) : null;
}

/** A caption printed twice in a row ("A. (KCNA) A. (KCNA)") is page furniture. */
export function isRepeatedCaption(line: string): boolean {
  const text = line.trim();
  for (let cut = Math.floor(text.length / 2) - 2; cut <= Math.ceil(text.length / 2) + 2; cut++) {
    const first = text.slice(0, cut).trim();
    const second = text.slice(cut).trim();
    if (first.length > 20 && first === second) return true;
  }
  return false;
}

export function isFurniture(line: string): boolean {
  const text = line
    .replace(/^[\s•·*\-–|>]+/, '')
    .replace(/[\s|]+$/, '')
    .trim();
  if (text === '') return true;
  // Wire credit lines: "(Reporting by …; Editing by …)".
  if (/^\((?:additional )?(?:reporting|writing|editing|compiled|translated)\b[^()]*\)$/i.test(text)) return true;
  // "Associated Press writer Amy Taxin in Orange County contributed to this report."
  if (wordCount(text) <= 25 && /\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))\b[^.]*\.?$/i.test(text)) return true;
  const words = wordCount(text);
  // Captions, credits, promos, print-edition lines, share counts, short buttons and labels (data/furniture.json), each up to its own length.
  return furnitureLineOf(text, words, 'anywhere') !== null;
}

/** An author bio or contact line, which is furniture only at the foot of the story ("Jane Doe is a reporter for …"). */
export function isFootFurniture(block: string): boolean {
  return footFurnitureKind(block) !== null;
}

/** Which kind of foot furniture a block is ('bio', 'contact'), or null. */
export function footFurnitureKind(block: string): string | null {
  return furnitureLineOf(block.trim(), wordCount(block), 'foot')?.kind ?? null;
}

/** A trailing "(Yonhap)" or "(AP)" credit at the end of the last paragraph. */
export function splitTrailingCredit(text: string): { text: string; credit: string | null } {
  const m = /\s*\(([A-Z][A-Za-z&.'\- ]{0,40})\)\s*$/.exec(text);
  const credit = m?.[1];
  if (!m || credit === undefined || wordCount(credit) > 4 || !/[.!?"”’]\s*\([^()]*\)\s*$/.test(text)) return { text, credit: null };
  return { text: text.slice(0, m.index).trimEnd(), credit: credit.trim() };
}

// Chinese and Japanese write without spaces: a whole sentence is one "word", so a tag there is a few characters.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A topic tag or link after the story ("Rail strikes", "Trade unions"): a short line that is not a sentence. */
export const isTrailingTag = (block: string): boolean =>
  wordCount(block) <= 6 && !/[.!?:;"”’')\]。！？」』）]$/.test(block) && !(CJK.test(block) && block.length > 12);

/** A line that reads as a headline or an outlet name rather than body text. */
export function isTitleLike(line: string): boolean {
  const words = wordCount(line);
  return words > 0 && words <= 30 && cjkLength(line) <= 60 && !/[.!?。！？]["”’)」』]?$/.test(line.trim());
}

/** Chinese and Japanese characters in a line: their text has no spaces, so word counts say nothing about length. */
export const cjkLength = (line: string): number => (line.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu) ?? []).length;

/** A paragraph of body text: a full sentence of some length. */
export function isBodyLike(line: string): boolean {
  return (wordCount(line) >= 12 || cjkLength(line) >= 40) && /[.!?:"”’)。！？」』]$/.test(line.trim());
}

/** Whether text ends on an abbreviation's stop: initials ("U.S.") or a word of abbreviations.txt ("Sen."), and, with `states`, a state's ("Ga."). */
function endsOnAbbreviation(text: string, states = false): boolean {
  const word = /([\p{L}]+)\.$/u.exec(text)?.[1]?.toLowerCase();
  if (/(?:^|[\s(])(?:\p{Lu}\.)+$/u.test(text)) return true;
  return word !== undefined && (lexicons().abbreviations.has(word) || (states && lexicons().stateAbbreviations.has(word)));
}

/** The first sentence of a line: a full stop after an abbreviation ("U.S. Nominates …", "Sen. Lee …", abbreviations.txt) ends none. */
export function firstSentence(text: string): string {
  for (const m of text.matchAll(/[.!?]["”’]?\s+/g)) {
    if (endsOnAbbreviation(text.slice(0, m.index + 1))) continue;
    return text.slice(0, m.index + m[0].trimEnd().length);
  }
  return text;
}

/** A headline without the full stop or semicolon a database export left after it ("Debating Clinton's character."); "U.S." and "Inc." keep theirs. */
export function withoutClosingStop(headline: string): string {
  if (/;$/.test(headline)) return headline.slice(0, -1).trimEnd();
  return /[^.]\.$/.test(headline) && !endsOnAbbreviation(headline, true) ? headline.slice(0, -1) : headline;
}
