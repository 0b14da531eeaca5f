// A name before "of" or "for" in a capital run is the person; the words after it say where they are from.
import { lexicons } from '../lexicon.js';
import { type CapitalRun, isNotName, isTitleWord, nameFromRun } from './capital-runs.js';
import { isOrgWord } from './name-words.js';
import { isListedPlace } from './place-before-name.js';
import { textsOf, type Token } from './tokens.js';

/** "America Vera-Zavala of Sweden's Left Forum": a two-word name before "of" is a person, the rest where they are from. */
export function personBeforeOf(run: CapitalRun): CapitalRun {
  const cut = run.tokens.findIndex((t) => t.text === 'of' || t.text === 'for');
  if (cut < 2) return run;
  const head = run.tokens.slice(0, cut);
  const [first] = head;
  const last = head.at(-1);
  // "Republican Rep. Lee Zeldin of New York": after "of" a state or country the lists hold; the head is titles and a name.
  const tail = textsOf(run.tokens.slice(cut + 1)).join(' ');
  if (first && last && run.tokens[cut]?.text === 'of' && isListedPlace(tail))
    return { tokens: head, text: textsOf(head).join(' '), start: first.start, end: last.end };
  // "Chairman of the Joint Chiefs of Staff Gen. Joseph Dunford": a title and a name of two words or more end the run; the person is
  // there, and "Joint Chiefs" before "of" is the office's field.
  const titled = run.tokens.findIndex((t, i) => i > cut && isTitleWord(t.text));
  if (titled > 0 && (nameAfterTitles(run.tokens.slice(titled))?.length ?? 0) >= 2) return run;
  // "Sen. Marco Rubio of Florida": titles may open the head; the name after them is two words or more.
  const name = nameAfterTitles(head);
  if (!first || !last || name === null || name.length < 2) return run;
  return { tokens: head, text: textsOf(head).join(' '), start: first.start, end: last.end };
}

/** The tokens after any leading titles, when none of them is a title, a body's word or a function word; else null. */
function nameAfterTitles(part: readonly Token[]): Token[] | null {
  let titled = 0;
  while (titled < part.length && isTitleWord(part[titled]?.text ?? '')) titled++;
  const name = part.slice(titled);
  return name.every((t) => !isTitleWord(t.text) && !isOrgWord(t.text) && !isNotName(t.text)) ? name : null;
}

/** Two to four words after any titles, none of them a title, a body's word or a function word: "Athletes Kostas Kenteris". */
function isNameShaped(part: readonly Token[]): boolean {
  const name = nameAfterTitles(part);
  return name !== null && name.length >= 2 && name.length <= 4 && name.every((t) => t.kind === 'word');
}

/** "John Kasich and Rubio", "Peter Kalikow and Toussaint": one bare word after "and", a surname the article gives alone, not a title or a place ("Woody Johnson and Wisconsin …"). */
function isLoneName(after: readonly Token[]): boolean {
  const [word] = after;
  return after.length === 1 && word?.kind === 'word' && nameAfterTitles(after)?.length === 1 && !isListedPlace(word.text);
}

/** What may stand after "and" beside a titled person: another person's name, or a body of two words or more ("… and Breitbart News"). */
function pairsWith(after: readonly Token[]): boolean {
  return isNameShaped(after) || (after.filter((t) => t.kind === 'word').length >= 2 && after.some((t) => isOrgWord(t.text)));
}

/** "Ben Carson and Marco Rubio", "Sen. Ann Lee and Tom Hill": two people's names joined by "and" are two runs, not a title and a name. */
export function namePairs(run: CapitalRun): CapitalRun[] {
  const at = run.tokens.findIndex((t) => t.text === 'and');
  // A given name and more after the titles, which may follow a place or an adjective ("Israeli Prime Minister Ariel Sharon").
  const opensWithName = (part: readonly Token[]): boolean =>
    part.some(
      (t, k) =>
        part.length - k >= 2 && (k === 0 || isTitleWord(part[k - 1]?.text ?? '')) && !isTitleWord(t.text) && lexicons().givenNames.has(t.text.toLowerCase()),
    );
  const before = run.tokens.slice(0, at);
  const after = run.tokens.slice(at + 1);
  if (
    at < 0 ||
    !(opensWithName(before)
      ? opensWithName(after) || pairsWith(after) || isLoneName(after)
      : isNameShaped(before) && (opensWithName(after) || isLoneName(after)))
  )
    return [run];
  return [before, after].map((tokens) => ({
    tokens,
    text: textsOf(tokens).join(' '),
    start: tokens[0]?.start ?? run.start,
    end: tokens.at(-1)?.end ?? run.end,
  }));
}

/** The first of two people named in full in one run ("Dana Whitfield and Tom Becker"), else the run. */
export function firstOfPair(run: CapitalRun): CapitalRun {
  const and = run.tokens.findIndex((t) => t.text === 'and');
  if (and < 2) return run;
  const head = run.tokens.slice(0, and);
  // "David Albright and Serena Kelleher of the Institute": the pair ends where the place they work begins.
  const of = run.tokens.findIndex((t, i) => i > and && /^(of|for|at|from)$/.test(t.text));
  const tail = run.tokens.slice(and + 1, of > 0 ? of : undefined);
  const words = (part: readonly Token[]): Token[] => part.filter((t) => t.kind === 'word');
  const isFull = (part: readonly Token[]): boolean =>
    words(part).length >= 2 && words(part).length <= 3 && nameFromRun(part)?.kind === 'person' && !part.some((t) => isTitleWord(t.text));
  const { firstNames } = lexicons();
  if (head.length > 3 || !isFull(head) || !isFull(tail)) return titledFirst(run);
  const [first] = head;
  const last = head.at(-1);
  // isFull checked both halves hold two or three words.
  if (!first || !last || !tail[0]) return run;
  if (!firstNames.has(first.text.toLowerCase()) && !firstNames.has(tail[0].text.toLowerCase())) return titledFirst(run);
  return { tokens: head, text: textsOf(head).join(' '), start: first.start, end: last.end };
}

/** "Phil Berger and House Speaker Tim Moore", "Edward-Isaac Dovere and Gabriel Debenedetti": two people the name index would
 * split, titles and given names its wider list knows allowed, credit the first too; "David and Jeanne Heidler" stays whole. */
function titledFirst(run: CapitalRun): CapitalRun {
  const halves = namePairs(run);
  const [before, after] = halves;
  if (halves.length !== 2 || !before || !after) return run;
  const person = (part: CapitalRun): boolean => {
    const found = nameFromRun(part.tokens);
    return found?.kind === 'person' && found.words.length >= 2;
  };
  return person(before) && person(after) ? before : run;
}
