// Sentence splitting that knows news abbreviations (N. Korea, Sept., U.S., Mr.) and quotation marks.
import { must } from '../errors.js';
import { lexicons } from '../lexicon.js';
import type { Paragraph, Sentence } from '../types.js';
import { stopEndsSentence, wordBefore } from './full-stop.js';

const OPENERS = '"“‘\'([';

/** A word of an attribution's subject: a capitalised word, a pronoun or article, or a role ("Greens leader Christine Milne"). */
const isSubjectWord = (w: string): boolean => /^[\p{Lu}]/u.test(w) || /^(he|she|they|the|a|an)$/i.test(w) || lexicons().titles.has(w);

/** `"…." Mr Downer said.` — a short attribution after a closing quotation mark belongs to the same sentence. */
function isTrailingAttribution(rest: string): boolean {
  const m = /^\s+((?:[\p{L}.'’-]+\s+){1,5}?)([a-z]+)([.,!?]|$)/u.exec(rest);
  if (!m) return false;
  const words = must(m[1], 'the words before a reporting verb').trim().split(/\s+/);
  return lexicons().reportingVerbs.has(must(m[2], 'a reporting verb')) && words.every(isSubjectWord) && words.length <= 5;
}

/** `… required "employees to be neutral." The Dallas Morning News reported, "The policy …"`: a named attribution opening a quotation of its own. */
const OPENS_QUOTE = /^\s+(?:[\p{L}.'’-]+\s+){2,5}?[a-z]+\s*[,:]\s*["“]/u;

/** `"…?" Miller, a retired teacher, said.` — a name, an appositive between commas, then a reporting verb. */
function isAppositiveAttribution(rest: string): boolean {
  const m = /^\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.'’-]*,\s+[^,"“”.?!]{3,80},\s+([A-Za-z]+)\b(?!\s*(?:that\b|[:"“]))/u.exec(rest);
  return m !== null && lexicons().reportingVerbs.has(must(m[1], 'a reporting verb').toLowerCase());
}

/**
 * `"Why now?" Obama asked reporters.` — after a quoted question or exclamation the sentence goes on when a name,
 * pronoun or role phrase and a reporting verb follow, whatever comes after the verb.
 */
function isAttributionAfterQuestion(rest: string): boolean {
  // A verb that opens new content ("Reyes concluded that …", "she added: “…", "Byers said he was …") starts a sentence of its own.
  const m = /^\s+((?:[\p{L}.'’-]+\s+){1,5}?)([a-z]+)\b(?!\s*(?:that\b|(?:he|she|they|we|I)\s+\p{Ll}|[:"“]))/u.exec(rest);
  if (!m) return isAppositiveAttribution(rest);
  const words = must(m[1], 'the words before a reporting verb').trim().split(/\s+/);
  return lexicons().reportingVerbs.has(must(m[2], 'a reporting verb')) && words.every((w) => isSubjectWord(w) || /^(his|her|their)$/i.test(w));
}

/**
 * `its "Meth. We're on it." campaign`: a stop inside a short quotation that the sentence goes on past, in lower case, is
 * the quotation's own (a slogan or a title), not the sentence's end. "…," said Lee and a quotation that ends the
 * sentence are split as before.
 */
function insideEmbeddedQuote(text: string, start: number, after: number): boolean {
  // Only the sentence so far is searched: from the paragraph's start, every stop of a long paragraph would rescan it.
  const sentence = text.slice(start, after);
  const open = Math.max(sentence.lastIndexOf('“'), sentence.lastIndexOf('"'));
  if (open < 0 || (sentence[open] === '"' && (sentence.slice(0, open).match(/"/g)?.length ?? 0) % 2 === 1)) return false;
  if (sentence[open] === '“' && sentence.lastIndexOf('”') > open) return false;
  const close = /^[^"“”]{0,40}?[.!?]["”]\s+(\p{Ll}+)/u.exec(text.slice(after));
  const next = close?.[1] ?? '';
  return close !== null && !lexicons().reportingVerbs.has(next) && !lexicons().pronouns.has(next);
}

/**
 * The longest sentence read whole, in characters (the longest of the 45,765 in the 1,447-article corpus has 2,035). Text that
 * runs on longer with no sentence end (no full stops, a list) is cut at a clause or word break: the speaker rules, name
 * patterns and concern patterns read a quotation's or a name's whole sentence, so one sentence of 100,000 characters made
 * the analysis quadratic (seconds).
 */
export const MAX_SENTENCE = 3_000;

/** Where a run-on sentence from `start` is cut: at the last space after a comma, semicolon or colon in the back half of the room, else at its last space, else at the limit. */
function cutAt(text: string, start: number): number {
  const limit = start + MAX_SENTENCE;
  let space = -1;
  for (let i = limit - 1; i > start + MAX_SENTENCE / 2; i--) {
    if (!/\s/.test(text.charAt(i))) continue;
    if (/[,;:]/.test(text.charAt(i - 1))) return i;
    if (space < 0) space = i;
  }
  if (space > 0) return space;
  // No space to cut at: not inside a surrogate pair.
  return /[\ud800-\udbff]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
}

/**
 * "other sites. premier Alan Carpenter says": a lost link's word after a plain word's stop still opens a sentence ("culture.
 * said Ian Greenberg" is a quotation's attribution whose closing mark was lost: it stays).
 */
function opensOnLostWord(text: string, dot: number, next: number, stop: string): boolean {
  const lower = /^(\p{Ll}+)\s+\p{Lu}\p{Ll}/u.exec(text.slice(next))?.[1];
  return lower !== undefined && stop === '.' && /\b\p{Ll}{3,}$/u.test(wordBefore(text, dot)) && !lexicons().reportingVerbs.has(lower);
}

/** Splits one paragraph into sentences, with offsets; a sentence longer than MAX_SENTENCE is cut in pieces that are not. */
export function splitParagraph(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  const push = (from: number, end: number): void => {
    for (let start = from; ; ) {
      const cut = end - start > MAX_SENTENCE ? cutAt(text, start) : end;
      const piece = text.slice(start, cut).trim();
      if (piece !== '') out.push({ text: piece, start, end: cut });
      if (cut === end) return;
      for (start = cut; /\s/.test(text.charAt(start)); ) start++;
    }
  };
  // Latin-style stops need a space after them; the CJK full stops (。！？) end a sentence with or without one.
  // A stop glued to the next sentence's capital ("the physician.Police said", "system."Making") ends one after a lower-case word.
  const boundary = /([.!?…؟]+)(["”’')\]]*)(\s+)|([。！？]+)(["”’」』）)]*)(\s*)|(?<=\p{Ll}{3})([.!?])(["”]?)()(?=\p{Lu}\p{Ll}{2})/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    // The alternative that matched: a stop and its space, a CJK stop, or a stop glued to the next capital.
    const at = m[7] !== undefined ? 7 : m[4] !== undefined ? 4 : 1;
    const cjk = at === 4;
    const punct = must(m[at], 'sentence-ending punctuation');
    const closers = must(m[at + 1], 'closing quotes or brackets');
    const space = must(m[at + 2], 'space after a sentence');
    const after = m.index + punct.length + closers.length;
    if (cjk && after + space.length >= text.length) continue;
    // 「…！」が受賞した: a particle right after a closing bracket carries the sentence on past the quoted title's own stop.
    if (cjk && /[」』）)]/.test(closers) && /^[がをにはとのでもや]/.test(text.slice(after + space.length))) continue;
    const following = text[after + space.length] ?? '';
    // Scripts without capitals (Hangul, Han, Arabic, Hebrew…) start a sentence with any letter; “[Ted] knows …” opens on an editor's bracket.
    const startsSentence =
      cjk || /[A-Z0-9À-ÖØ-Þ]|\p{Lo}/u.test(following) || (OPENERS.includes(following) && /[A-Z0-9"“‘[]|\p{Lo}/u.test(text[after + space.length + 1] ?? ''));
    if (!startsSentence && !opensOnLostWord(text, m.index, after + space.length, punct + closers)) continue;
    // An attribution after a quotation that opened inside the sentence, and that opens one of its own, starts the next sentence.
    const opensOwn = (): boolean => OPENS_QUOTE.test(text.slice(after)) && !OPENERS.includes(text.slice(start, after).trimStart()[0] ?? '');
    if (closers !== '' && isTrailingAttribution(text.slice(after)) && !opensOwn()) continue;
    if (/[?!]$/.test(punct) && /["”’']/.test(closers) && isAttributionAfterQuestion(text.slice(after))) continue;
    if (punct === '.' && !stopEndsSentence(text, m.index, after)) continue;
    if (closers === '' && insideEmbeddedQuote(text, start, after)) continue;
    push(start, after);
    start = after + space.length;
  }
  push(start, text.length);
  return out;
}

/** Every sentence of the article, numbered across paragraphs. */
export function splitSentences(paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    for (const s of splitParagraph(p.text)) {
      sentences.push({ index: sentences.length, paragraph: p.index, text: s.text, start: s.start, end: s.end });
    }
  }
  return sentences;
}

/** The sentences of each paragraph, in order, by paragraph number. */
export function sentencesByParagraph(sentences: readonly Sentence[]): Map<number, Sentence[]> {
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  return byParagraph;
}
