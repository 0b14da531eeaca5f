// Capital runs that put a place or an origin before a person's name, split off so the name starts at its first name.
import { lexicons } from '../lexicon.js';
import { isCapitalised, textsOf, type Token } from './tokens.js';

/**
 * How many words of a run's name part are a place or origin before a first name and a surname: "Prime Minister of Australia
 * John Howard" (after "of"), "South Korean-born Monte Haines" (two words or more). 0 when the name starts at its first word.
 */
export function placeBeforeName(nameWords: readonly string[], afterConnector: boolean): number {
  const { givenNames, nameParticles } = lexicons();
  const given = nameWords.findIndex((w) => givenNames.has(w.toLowerCase()) && !nameParticles.has(w));
  // "ambassador to Britain Liu Xiaming": a country no one bears as a first name, before two more words, whatever their names.
  const [lead = ''] = nameWords;
  if (given < 0 && nameWords.length >= 3 && lexicons().countries.has(lead) && !givenNames.has(lead.toLowerCase())) return 1;
  if (given <= 0 || given >= nameWords.length - 1 || (given < 2 && !afterConnector)) return 0;
  // "Abu Bakr …", "de la Cruz …": a particle before the first name is part of the name.
  return nameWords.slice(0, given).some((w) => nameParticles.has(w) || /^(al|el|abu|ibn|bin)$/i.test(w)) ? 0 : given;
}

/**
 * Whether the capital run from `first` to `last` is the region or country of a place just named: "in Durham, North
 * Carolina, said", "in Munich, Germany, and", "in Pasadena, Calif.". Only a name the lists hold: "in Bangkok, Noppadon
 * Pattama, said" names a spokesman.
 */
export function isRegionOfPlace(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.text !== ',' || !/^[,.;:)]?$/.test(tokens[last + 1]?.text ?? '')) return false;
  const run = textsOf(tokens.slice(first, last + 1)).join(' ');
  if (!isListedPlace(run) && !lexicons().stateAbbreviations.has(run.toLowerCase().replace(/\.$/, ''))) return false;
  let k = first - 2;
  while (k > first - 5 && tokens[k]?.kind === 'word' && isCapitalised(tokens[k]?.text ?? '')) k--;
  return k < first - 2 && /^(in|at|from|near|outside)$/.test(tokens[k]?.text ?? '');
}

/** A state, province or country the lists hold (regions.txt, countries.txt), written as they write it. */
export const isListedPlace = (name: string): boolean => lexicons().regions.has(name) || lexicons().countries.has(name);

/** A place name of two words or more from the lists ("North Carolina", "South Africa"): never a person, whatever stands beside it. */
export const isPlaceName = (run: string): boolean => run.includes(' ') && isListedPlace(run);

/** A US state or region as written after a town: "Connecticut", "D.C.", "Md." (the abbreviations list is lower case, no stop). */
export function isStateName(words: readonly Token[]): boolean {
  const text = textsOf(words).join('');
  const bare = text.replace(/\.$/, '');
  const { regions, stateAbbreviations } = lexicons();
  return regions.has(text) || regions.has(bare) || (text.endsWith('.') && stateAbbreviations.has(bare.toLowerCase()));
}

/** "21st Century Fox", "20th Century Studios": capitals right after an ordinal are a body's numbered name, never a person. */
export const isNumberedName = (tokens: readonly Token[], first: number): boolean => /^\d+(?:st|nd|rd|th)$/.test(tokens[first - 1]?.text ?? '');

/**
 * Whether the connector at `j` joins the capitalised word after it to the run: not "and" before a place that opens a role in lower
 * case ("Hillary Clinton and Illinois senator Barack Obama" is two people, the place the second one's).
 */
export function joinsNextCapital(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  // "Ad van den Berg", "Oscar de la Hoya": a particle joins the next particle when a capital follows that.
  const particles = lexicons().nameParticles;
  if (particles.has(tokens[j]?.text ?? '') && next?.kind === 'word' && particles.has(next.text)) return joinsNextCapital(tokens, j + 1);
  if (next?.kind !== 'word' || !isCapitalised(next.text)) return false;
  if (tokens[j]?.text !== 'and') return true;
  for (let k = j + 1; k <= j + 3 && tokens[k]?.kind === 'word' && isCapitalised(tokens[k]?.text ?? ''); k++) {
    const after = tokens[k + 1];
    const place = isListedPlace(textsOf(tokens.slice(j + 1, k + 1)).join(' '));
    if (place && after?.kind === 'word' && /^\p{Ll}/u.test(after.text)) return false;
  }
  return true;
}
