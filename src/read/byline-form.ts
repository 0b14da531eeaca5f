// How a byline is shown, whatever format gave it: the writers' names as readers write them, without the date,
// weekday or letters after a name that a page ran into its credit, and nothing when the credit names no one.
import { fromCapitals } from './formats/by-line.js';
import { lexicons } from '../lexicon.js';
import { keyOf } from './header-evidence.js';
import { parseDate } from './header-lines.js';

/** A page's account or role, standing alone where a name should be ("admin", "Editor", "jdadmin"): it names no one. */
const NO_ONE = /^(?:[a-z\d_.-]*admin[a-z\d_.-]*|administrator|editor|author|webmaster|user|guest|anonymous|unknown)$/i;

/** One word that is a word of the outlet's own name ("Vortex" on Vortex Cannon Entertainment, "gto" on gto-normativy.ru): the site's account. */
function isSiteAccount(credit: string, outlet: string | null): boolean {
  if (outlet === null || /\s/.test(credit.trim())) return false;
  const key = keyOf(credit);
  return key.length >= 3 && outlet.split(/[\s.-]+/).some((word) => keyOf(word) === key);
}

/**
 * Words in lower case in a credit's first part, past the words that join names or stand inside them ("and", "de", "van"):
 * two of them beside a capital make a phrase that names a thing ("The Russian and Syrian defense ministries", a claim's
 * source on a fact-check page; "Zone Justice et faits divers", a section), not a writer. A name all in lower case stays.
 */
function namesAThing(credit: string): boolean {
  const first = credit.split(',')[0] ?? '';
  const lower = first.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:and|of|the|for|y)$/.test(w) && !lexicons().nameParticles.has(w));
  return lower.length >= 2 && /\p{Lu}/u.test(first);
}

/** A weekday a page ran after the names ("Mike Wuerthele and Malcolm Owen Monday,"): the day it was published. */
const WEEKDAY_TAIL = /\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?$/;

/** Letters for a degree or licence after a writer's name ("Ilana Muhlstein, MS, RDN"). */
const CREDENTIAL = /^(?:MS|MA|MD|PhD|DPhil|RDN|RD|RN|LD|DO|MPH|MBA|JD|CPA|CFP|LCSW|BSc|MSc|Esq\.?)$/;

/** Writers joined by a comma, "and" or "&": the separators are kept, each name is read alone. */
const JOINS = /(,\s*|\s+and\s+|\s*&\s*)/;

/** "TOM KRISHER" → "Tom Krisher": a name of two words or more, each in capitals; "PTI" and "Ben McKay" stay as written. */
function recased(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^[\p{Lu}\d'’.-]+$/u.test(w) && /\p{Lu}{2}/u.test(w))) return name;
  return fromCapitals(name);
}

/** "ERIC TUCKERAssociated Press": a name in capitals run into the next credit's capitalised word is two credits. */
const unglued = (text: string): string => text.replace(/(?<=\b\p{Lu}{2,}\s+\p{Lu}{3,})(?=\p{Lu}\p{Ll}{2,})/gu, ', ');

/**
 * The byline as the brief shows it, or null when it names no one: a date is no writer ("20 Nov 2019 08:00 GMT"); a
 * date set off by a bar is cut ("October 14, 2009|Marc Lifsher"); so are a credential and the page's own outlet after
 * the writers' names ("Ilana Muhlstein, MS, RDN"; "Troy L. Smith, Cleveland.com" on Cleveland.com). Another outlet
 * there is the story's source and stays ("Sandee LaMotte, CNN" on MSN).
 */
export function bylineShown(byline: string | null, outlet: string | null = null): string | null {
  if (byline === null) return null;
  const kept = unglued(byline)
    .split(/\s*[|\u00b7\u2022]\s*/)
    .filter((part) => part.trim() !== '' && parseDate(part) === null)
    .join(', ');
  const isOwnOutlet = (part: string): boolean => outlet !== null && keyOf(part) === keyOf(outlet);
  // "Finian Cunningham. Sputnik International": the page's own outlet after a full stop is cut too.
  const parts = kept
    .replace(WEEKDAY_TAIL, '')
    .replace(/\.\s+([^.,]+)$/u, (whole, last: string) => (isOwnOutlet(last) ? '' : whole))
    .split(/,\s*/);
  const tail = (part: string): boolean => CREDENTIAL.test(part.trim()) || isOwnOutlet(part);
  while (parts.length >= 2 && tail(parts.at(-1) ?? '')) parts.pop();
  const text = parts
    .join(', ')
    .split(JOINS)
    .map((piece, i) => (i % 2 === 0 ? recased(piece) : piece))
    .join('')
    .trim();
  return text === '' || NO_ONE.test(text) || namesAThing(text) || isSiteAccount(text, outlet) ? null : text;
}
