// Capitalised runs of words and what they name: "Deputy Secretary of Defense John Hill" → a title and a person.
import { lexicons } from '../lexicon.js';
import type { SpeakerKind } from '../types.js';
import { isSentenceOpener } from './phrase-words.js';
import { isCourtesy, isGathering, isGivenInitials, isOrgWord, isOutletName } from './name-words.js';
import { joinsNextCapital, placeBeforeName } from './place-before-name.js';
import { isRunDescriptor } from './run-descriptor.js';
import { titleAfterList } from './title-after-list.js';
import { bare, baresOf, isCapitalised, isGivenTitle, isPossessive, isRunWord, SURNAME_TITLE, textsOf, type Token } from './tokens.js';

/** Function words that break a capital run when capitalised inside it; "of", "for", "and", "the" may join a name. */
const breaksRun = (word: string): boolean => !/^(of|for|and)$/.test(word) && lexicons().functionWords.has(word);
/** Lower-case words that may join capitalised words inside one name or title: "of", "and", a particle ("van"). */
export const isConnector = (word: string): boolean => /^(of|for|and|the|y)$/.test(word) || lexicons().nameParticles.has(word);
const isParticle = (word: string): boolean => lexicons().nameParticles.has(word);
/** A word that can stand inside a personal name: capitalised ("O'Brien"), an initial ("J."), or a particle ("van", "bin"). */
export const isNamePart = (word: string): boolean => /^\p{Lu}/u.test(word) || /^(d['’]|o['’])\p{Lu}/u.test(word) || isParticle(word);
export const isSuffix = (word: string): boolean => lexicons().nameSuffixes.has(word);
/** A capitalised word that never begins or ends a name: "The", "However", "He", "Monday", "Sept.", "For", "Mr.". */
export function isNotName(word: string): boolean {
  const { notNames, pronouns, calendarWords, functionWords } = lexicons();
  const lower = word.toLowerCase();
  // "US" in capitals is the country, never "us".
  return notNames.has(word) || (pronouns.has(lower) && word !== 'US') || calendarWords.has(lower) || functionWords.has(lower);
}

export function isTitleWord(word: string): boolean {
  const dotted = bare(word).toLowerCase();
  // "Del." (a delegate) is a title only with its stop: "del" is a name particle ("Guillermo del Toro").
  if (dotted.endsWith('.') && lexicons().titles.has(dotted)) return true;
  const w = dotted.replace(/\.$/, '');
  // "Brigadier-General", "Vice-Chairman": a hyphenated title whose parts are titles; "Minister-elect": a title to come.
  const held = w.replace(/-(?:elect|designate|in-waiting)$/, '');
  return lexicons().titles.has(held) || (held.includes('-') && held.split('-').every((part) => lexicons().titles.has(part)));
}

export interface CapitalRun {
  tokens: Token[];
  text: string;
  start: number;
  end: number;
}

/** "said Al From, who": a capitalised function word right after a lone first name, and before no other capital, is a surname. */
export function isWordSurname(tokens: readonly Token[], k: number): boolean {
  const [earlier, before, word, after] = [tokens[k - 2], tokens[k - 1], tokens[k], tokens[k + 1]];
  if (before?.kind !== 'word' || word?.kind !== 'word' || !isCapitalised(word.text) || !lexicons().givenNames.has(before.text.toLowerCase())) return false;
  const capital = (t: Token | undefined): boolean => t?.kind === 'word' && isCapitalised(t.text);
  // "Prime Minister Theresa May": a month after a first name is a surname, titles before it or not.
  if (lexicons().calendarWords.has(word.text.toLowerCase())) return !capital(after);
  // The first name stands alone ("said Al From"), and no capital follows ("Al From Kessel" is a title line).
  return !capital(earlier) && !capital(after);
}

/** "Developer Valve", "Charity Oxfam": a kind of business opening a sentence describes the name after it, as "striker" does a player. */
const KIND_OPENER =
  /^(?:Charity|Developer|Carmaker|Automaker|Chipmaker|Retailer|Supermarket|Insurer|Lender|Broadcaster|Regulator|Watchdog|Publisher|Startup|Start-up|Consultancy|Manufacturer|Airline|Firm)$/;

/** Runs of capitalised words, allowing connectors such as "of" between them. */
export function capitalRuns(tokens: readonly Token[]): CapitalRun[] {
  const runs: CapitalRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // "As the FBI looks …": a capitalised function word opening the sentence begins no name; "The" may ("The Hague").
    // Not before a body's own word: "Charity Commission" is one name.
    const after = tokens[i + 1];
    const kind = KIND_OPENER.test(t?.text ?? '') && after?.kind === 'word' && isCapitalised(after.text) && !isOrgWord(bare(after.text));
    if (!t || t.kind !== 'word' || !isCapitalised(t.text) || kind || (t.text !== 'The' && breaksRun(t.text.toLowerCase()))) {
      i++;
      continue;
    }
    let j = i + 1;
    let last = i;
    let lastToken = t;
    for (let u = tokens[j]; u; u = tokens[j]) {
      const next = tokens[j + 1];
      // A capitalised function word inside title case ("Worse Than Waterboarding Donald Trump") ends the run, unless a surname.
      if (
        u.kind === 'word' &&
        isCapitalised(u.text) &&
        breaksRun(u.text.toLowerCase()) &&
        !((j === i + 1 || lexicons().calendarWords.has(u.text.toLowerCase())) && isWordSurname(tokens, j))
      )
        break;
      if (u.kind === 'word' && isRunWord(u.text) && !isPossessive(lastToken.text)) {
        last = j;
        lastToken = u;
      } else if (u.kind === 'word' && isConnector(u.text) && joinsNextCapital(tokens, j)) {
        /* a connector inside a name, kept if a capital follows */
      } else if (u.kind === 'punct' && u.text === '-' && u.start === tokens[j - 1]?.end && next?.start === u.end) {
        /* hyphenated name parts; a spaced dash ("ROME - Sanders") ends the run */
      } else break;
      j++;
    }
    const run = tokens.slice(i, last + 1);
    runs.push({ tokens: run, text: run.map((r) => r.text).join(' '), start: t.start, end: lastToken.end });
    i = last + 1;
  }
  return runs;
}

export interface RunName {
  name: string;
  title: string | null;
  kind: SpeakerKind;
  words: string[];
}

/** A title outside the body's words: to `lastOrg` ("Mental Health Council"), or past an "of" with no first name ("Department of Trade and Industry"). */
function titledOutsideBody(words: readonly string[], lastOrg: number): boolean {
  if (/^(of|for)$/.test(words[lastOrg + 1] ?? '') && !words.slice(lastOrg + 2).some((w) => lexicons().givenNames.has(w.toLowerCase()))) return false;
  let bodyStart = lastOrg;
  while (bodyStart > 0 && !isConnector(words[bodyStart - 1] ?? '')) bodyStart--;
  return words.some((w, i) => isTitleWord(w) && (i < bodyStart || i > lastOrg));
}

/** Splits a capital run into title and name: "Deputy Secretary of Defense John Hill" → title + "John Hill". */
export function nameFromRun(run: readonly Token[]): RunName | null {
  const words = textsOf(run);
  // Openers are not part of a name: "Even Lindsey Graham", "Then Brafman", "Replied Stephen", "Citing John Locke".
  const participle = (w: string): boolean => /^\p{Lu}\p{Ll}+ing$/u.test(w) && lexicons().givenNames.has(words[1]?.toLowerCase() ?? '');
  for (let w = words[0]; w !== undefined && (isNotName(w) || isSentenceOpener(w) || participle(w)); w = words[0]) words.shift();
  // "Michael Howard QC MP": letters for an office or an honour after a name are no part of it.
  while (words.length > 2 && lexicons().postNominals.has(words.at(-1) ?? '')) words.pop();
  const final = words.at(-1);
  if (final === undefined) return null;
  const lastWord = bare(final);
  // "the Democratic National Convention", "the Toronto Star": a gathering or a news outlet is never a person.
  if (
    isOutletName(words) ||
    isOrgWord(lastWord) ||
    (words.length >= 2 && isGathering(lastWord)) ||
    (words.some((w) => /^(?:[A-Z]\.){2,}$/.test(w)) && words.length === 1)
  )
    return { name: baresOf(words).join(' ').replace(/^the /i, ''), title: null, kind: 'organisation', words: baresOf(words) };
  // "Royal Swedish Academy of Sciences": an organisation word anywhere, and no title, makes the run a body; "United Kingdom Tony Blair" is a person.
  const lastOrg = words.length - 1 - [...words].reverse().findIndex((w) => isOrgWord(w));
  // Listed roles may stand between ("House Republican Thomas Massie"); past a committee's words, a role and a one-sex first name too.
  const roles = Array.from(words.slice(lastOrg + 1, -2), (w) => lexicons().speakingRoles.has(w.toLowerCase()));
  const firstName = words.at(-2)?.toLowerCase() ?? '';
  const between = roles.every(Boolean) || (roles.some(Boolean) && lexicons().firstNames.has(firstName));
  const personAfter = lastOrg <= words.length - 3 && between && lexicons().givenNames.has(firstName);
  if (words.length >= 3 && lastOrg < words.length && !personAfter && !titledOutsideBody(words, lastOrg))
    return { name: baresOf(words).join(' ').replace(/^the /i, ''), title: null, kind: 'organisation', words: baresOf(words) };
  const nameWords: string[] = [];
  let k = words.length - 1;
  if (isSuffix(final)) {
    nameWords.unshift(final);
    k--;
  }
  for (let word = words[k]; word !== undefined && nameWords.length < 4; word = words[k]) {
    const w = bare(word);
    // "Al From": a function word after a first name is the surname the run kept; so is a title word after a name or a courtesy title ("Mr. King").
    const wordSurname = k === words.length - 1 && k > 0 && lexicons().givenNames.has(words[k - 1]?.toLowerCase() ?? '');
    const prior = words[k - 1] ?? '';
    const named = /^\p{Lu}/u.test(prior) && (!isTitleWord(prior) || isCourtesy(prior));
    const titleSurname = k === words.length - 1 && SURNAME_TITLE.test(w) && named && !isOrgWord(prior);
    if ((isTitleWord(w) && !titleSurname && !isGivenTitle(words, k)) || isOrgWord(w) || (isNotName(w) && !wordSurname) || isRunDescriptor(w, nameWords)) break;
    if (isConnector(w) && !isParticle(w)) break;
    if (/^(?:[A-Z]\.){2,}$/.test(w) && !isGivenInitials(w, nameWords)) break;
    nameWords.unshift(w);
    k--;
  }
  for (let w = nameWords[0]; w !== undefined && isParticle(w); w = nameWords[0]) nameWords.shift();
  // "Global Affairs Paula J. Dobriansky": a title's last word ("Affairs", "Democrats", "Texas-based") opens no name, nor do a body's
  // letters ("director of the IRS Marcus Owens"); "Mehmet Ali Şahin" keeps his.
  const { givenNames } = lexicons();
  const titleEnd = (first: string, second: string): boolean =>
    /(?:\p{Ll}s|-\p{Ll}+|^\p{Lu}{2,5})$/u.test(first) &&
    !givenNames.has(first.toLowerCase()) &&
    givenNames.has(second.toLowerCase()) &&
    !isParticle(second) &&
    !/^(al|el|abu|ibn|bin)$/i.test(second);
  while (nameWords.length >= 3 && titleEnd(nameWords[0] ?? '', nameWords[1] ?? '')) {
    nameWords.shift();
    k++;
  }
  // "Director of National Intelligence James Clapper": after a title's "of", the words before a first name are its field.
  const given = nameWords.findIndex((w, j) => j > 0 && nameWords.length - j >= 2 && givenNames.has(w.toLowerCase().split('-')[0] ?? ''));
  const of = words.slice(0, k + 1).reduce((at, w, j) => (/^(of|for)$/.test(w) ? j : at), -1);
  if (given > 0 && of > 0 && isTitleWord(words[of - 1] ?? '') && words.slice(of + 1, k + 1).every(isNamePart)) k += nameWords.splice(0, given).length;
  const placed = placeBeforeName(nameWords, isConnector(words[k] ?? ''));
  nameWords.splice(0, placed);
  k += placed;
  // "Head of Research", "Minister for Defence Procurement": up to two words after a title's "of"/"for" (an abstract noun, no surname) are its field.
  const portfolio =
    of > 0 && of < k && k - of <= 2 && /\p{Ll}(?:ment|tion|sion|ity|ism|ship|ness|ics)$/u.test(nameWords.join(' ')) && isTitleWord(words[of - 1] ?? '');
  const field = portfolio || (/^(of|for)$/.test(words[k] ?? '') && nameWords.length <= 2 && isTitleWord(words[k - 1] ?? ''));
  // "Physicians for Fair Trade": a plural before "for", no title, names a body by its cause, not a person ("the UK for Germany" no body).
  const cause = words[k] === 'for' && /\p{Ll}s$/u.test(words[k - 1] ?? '') && !words.slice(0, k).some((w) => isTitleWord(w));
  if (nameWords.length === 0 || ((field || cause) && !nameWords.some((w) => givenNames.has(w.toLowerCase())))) {
    if (words.length === 1 && isTitleWord(final)) return null;
    return { name: baresOf(words).join(' '), title: null, kind: 'organisation', words: baresOf(words) };
  }
  // A name before "and" is another person's ("Mr. Hale and Senator"); capitals that hold no title word are a list ("Pyongyang and Tehran").
  const titleWords = titleAfterList(words.slice(0, k + 1), (w) => isTitleWord(w) || isRunDescriptor(w, nameWords));
  const title = titleWords.some((w) => isTitleWord(w) || isRunDescriptor(w, nameWords)) ? titleWords.join(' ') : null;
  return { name: nameWords.join(' '), title, kind: 'person', words: nameWords };
}
