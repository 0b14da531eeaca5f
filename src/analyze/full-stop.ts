// Whether a full stop ends a sentence: initials, titles, dotted acronyms, a number's or a company's abbreviation.
import { lexicons } from '../lexicon.js';

// Scanned back from the stop, not matched on the text before it: that regex cost a pass over the paragraph per full stop.
export function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--;
  return text.slice(start, end);
}

function nextWord(text: string, from: number): string {
  const m = /^\s*["“‘'([]?([^\s"”’'.,;:!?)\]]+)/.exec(text.slice(from));
  return m?.[1] ?? '';
}

/** Abbreviations that stand before a number. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'fig', 'pp']);

/** Abbreviations that may close a sentence: a company's suffix, "etc.". */
const CLOSING_ABBREVIATIONS = new Set(['inc', 'ltd', 'corp', 'co', 'bros', 'etc']);

/** Abbreviations of a day or a month: "The Sun. That's …" ends a sentence before a sentence starter. */
const CALENDAR = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** Abbreviations only ever written with a capital: titles, days and months. */
const CAPITAL_ABBREVIATIONS =
  /^(?:mr|mrs|ms|dr|prof|sr|jr|st|mt|ft|gen|lt|col|maj|capt|sgt|adm|cmdr|gov|sen|rep|del|rev|pres|supt|insp|det|hon|messrs|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** A quotation opens after the stop, longer than a nickname ("William H. “Bill” Gates"). */
function opensQuotation(text: string, after: number): boolean {
  const m = /^\s*["“]([^"”]*)/.exec(text.slice(after, after + 200));
  return m !== null && (m[1] ?? '').split(/\s+/).length > 3;
}

/** Decides whether a full stop at `dot` ends the sentence, given the text after it. */
export function stopEndsSentence(text: string, dot: number, after: number): boolean {
  const before = wordBefore(text, dot).replace(/^["“‘'([]+/, '');
  const next = nextWord(text, after);
  const lower = before.toLowerCase();
  const { abbreviations, sentenceStarters } = lexicons();
  if (before === '') return true;
  // "the Rt. Hon. Ann Lee": the honorific "Right", not the network "RT."; it always comes before "Hon.".
  if (before === 'Rt' && /^Hon\b/.test(next)) return false;
  // Initials such as "N. Korea" or "John F. Kennedy"; a letter that names a part ("Part A.") ends one before a quotation or a starter.
  if (/^[A-Z]$/.test(before)) return opensQuotation(text, after) || sentenceStarters.has(next.toLowerCase());
  // "said Mayor Melencio de Sagun Jr. The explosion …": a name's suffix ends a sentence when a sentence starter follows.
  if (lexicons().nameSuffixes.has(`${before}.`)) return sentenceStarters.has(next.toLowerCase());
  // "voted no. The turnout …": a number's abbreviation ends a sentence unless its number follows ("No. 10", "vol. 3").
  if (NUMBER_ABBREVIATIONS.has(lower)) return !/^\d/.test(next);
  // "… by Astral Media Inc. This will …": a company's suffix, or "etc.", ends a sentence when a sentence starter follows.
  if (CLOSING_ABBREVIATIONS.has(lower)) return sentenceStarters.has(next.toLowerCase());
  // "wind and sun. But …": a title's, day's or month's abbreviation is written with a capital; in lower case it is the word.
  if (CAPITAL_ABBREVIATIONS.test(lower))
    return /^\p{Ll}/u.test(before) || opensQuotation(text, after) || (CALENDAR.test(lower) && sentenceStarters.has(next.toLowerCase()));
  if (abbreviations.has(lower)) return false;
  // "RENO, Nev. (AP) —": a state after its city, unless a sentence starter follows ("… in Springfield, Ill. The …").
  if (lexicons().stateAbbreviations.has(lower) && /\p{Lu}[\p{L}.'’-]*,\s$/u.test(text.slice(Math.max(0, dot - before.length - 40), dot - before.length))) {
    return sentenceStarters.has(next.toLowerCase());
  }
  // Dotted acronyms (U.S., U.N., a.m.) end a sentence only when a sentence starter follows.
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(before)) return sentenceStarters.has(next.toLowerCase());
  return true;
}
