// Why: "Sen. Bernie Sanders (I-Vt.)", "Gov. Phil Bryant of Mississippi": an office the article writes before a name leaves out whose
// office it is; the party-and-state tag or the state or country after the name says it, and the title keeps it.
import { lexicons } from '../lexicon.js';
import { isCapitalised, textsOf, type Token } from './tokens.js';

/** A party-and-state tag as US papers write it: "R-Ariz.", "D-N.Y.", "I-Vt.", "D-NY". */
const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z.]{0,9}$/;

/** What closes a place after a name: a comma, a stop, a bracket or the clause's next word in lower case ("of Mississippi said",
 *  "… spoke", "… and"), not a preposition that goes on with the place ("of Mississippi in 2015"). */
const closes = (t: Token | undefined): boolean =>
  t === undefined || /^[,.;:)—–]$/.test(t.text) || (t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !/^(?:of|in|at|on|for|from|to)$/.test(t.text));

/** A state, province or territory (regions.txt) or a country. */
const isPlace = (name: string): boolean => lexicons().regions.has(name) || lexicons().countries.has(name);

/** The jurisdiction after the name that ends at `last`: "(I-Vt.)" or "of Mississippi"; null when none stands there. */
export function jurisdictionAfter(tokens: readonly Token[], last: number): string | null {
  if (tokens[last + 1]?.text === '(') {
    const close = tokens.findIndex((t, i) => i > last + 1 && i <= last + 8 && t.text === ')');
    const tag = close > 0 ? textsOf(tokens.slice(last + 2, close)).join('') : '';
    return PARTY_TAG.test(tag) ? `(${tag})` : null;
  }
  if (tokens[last + 1]?.text === ',') return commaTag(tokens, last + 2);
  if (tokens[last + 1]?.text !== 'of') return null;
  let end = last + 2;
  while (end < last + 5 && tokens[end]?.kind === 'word' && isCapitalised(tokens[end]?.text ?? '')) end++;
  const place = textsOf(tokens.slice(last + 2, end)).join(' ');
  return place && isPlace(place) && closes(tokens[end]) ? `of ${place}` : null;
}

/** "Sen. Joni Ernst, R-Iowa, said": the tag set off by commas as AP writes it, up to the next comma or the sentence's end. */
function commaTag(tokens: readonly Token[], from: number): string | null {
  let end = from;
  while (end < from + 6 && tokens[end] && tokens[end]?.text !== ',') end++;
  const joined = textsOf(tokens.slice(from, end)).join('');
  // "R-Iowa." at the sentence's end: the stop is the sentence's, where the state is written whole.
  const tag = /\.$/.test(joined) && lexicons().regions.has(joined.slice(2, -1)) ? joined.slice(0, -1) : joined;
  return PARTY_TAG.test(tag) ? `(${tag})` : null;
}

/** A title without the jurisdiction after its office: "Sen. (I-Vt.)" → "Sen.", "Gov. of Mississippi" → "Gov."; others as they are. */
export function withoutJurisdiction(title: string): string {
  const tag = /\s+\([RDI]-[^)]*\)$/.exec(title);
  if (tag) return title.slice(0, tag.index);
  const of = /\s+of\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})$/u.exec(title);
  return of && isPlace(of[1] ?? '') ? title.slice(0, of.index) : title;
}

/** Whether `indexed` is `title` with its jurisdiction after it ("Gov. of Mississippi" for "Gov."), as jurisdictionAfter gives it. */
export const isTitleWithJurisdiction = (indexed: string, title: string): boolean => indexed !== title && withoutJurisdiction(indexed) === title;
