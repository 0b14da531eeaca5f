// Noun phrases around reporting verbs: the phrase before "said" and the name after "said".
import { lexicons } from '../lexicon.js';
import { ROLE_PREP, isInnerDot, isRoleHead, nameAfterDescription, rolePrepEnd, roleStartBefore } from './appositions.js';
import { AUXILIARY, NP_STOP, SKIPPABLE, TIME_WORDS, bracketOpen, isJoinedHyphen, isVerb, isWeekday } from './phrase-words.js';
import { isTitleWord, isWordSurname } from './capital-runs.js';
import { bodyAndEnd } from './body-name.js';
import { joinsBodyName } from './body-and.js';
import { isOrgWord } from './name-words.js';
import { isBareOpener, isLyAdverb } from './ly-words.js';
import { isArticle, isCapitalised, type Token } from './tokens.js';

export { NP_STOP, SKIPPABLE, TIME_WORDS, bracketClose, bracketOpen, isAnsweredAt, isVerb, isVerbAt } from './phrase-words.js';
export { ROLE_PREP, isDescription, isInnerDot, isNameLike, isNamePair, isRoleHead, nameAfterDescription, rolePrepEnd, roleStartBefore } from './appositions.js';

const TIME_NOUN = /^(week|month|year|weekend|night|morning|afternoon|evening|today|yesterday|tonight)$/i;

/**
 * A modal before the verb ("a spokesman for Sanders could only quip"), in lower case only: "May said" is Theresa May.
 * Not "should" or "must": "Americans should worry" is advice, no one's worry.
 */
const MODAL = /^(could|can|might|may)$/;

/** "have since denounced": "since" between a perfect auxiliary and its verb is an adverb, not a conjunction. */
const isPerfectSince = (tokens: readonly Token[], i: number): boolean => tokens[i]?.text === 'since' && /^(has|have|had)$/.test(tokens[i - 1]?.text ?? '');

/** "George Will described": a capitalised "Will" or "Once" right after a capitalised word ends a name; it is not skipped. */
function isSurnameLike(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prior = tokens[i - 1];
  // ", Will wrote,": a capital after a comma or a closing quotation mark is no auxiliary inside a sentence, but a name ("George Will").
  return t !== undefined && isCapitalised(t.text) && ((prior?.kind === 'word' && isCapitalised(prior.text)) || /^[,;”"’]$/.test(prior?.text ?? ''));
}

/** "Smith in a statement said" steps over "in a statement"; in "the statement said" the noun is the subject's head. */
function isSubjectNoun(tokens: readonly Token[], i: number): boolean {
  return /^(statement|interview)$/i.test(tokens[i]?.text ?? '') && !/^an?$/i.test(tokens[i - 1]?.text ?? '');
}

/** The index before a short bracketed aside that closes at `i` ("(D-Ore.)"), or `i` when none closes there. */
function pastBracket(tokens: readonly Token[], i: number): number {
  const open = bracketOpen(tokens, i);
  return open > 0 ? open - 1 : i;
}

/** The noun phrase that ends right before index `end` (exclusive), e.g. the subject of "said". */
export function phraseBefore(tokens: readonly Token[], end: number): Token[] {
  let i = end - 1;
  // "Rep. Jane Doakes (D-Ore.) said": the party and state are not part of the name.
  i = pastBracket(tokens, i);
  for (
    let t = tokens[i];
    t?.kind === 'word' &&
    (SKIPPABLE.has(t.text.toLowerCase()) || MODAL.test(t.text) || isLyAdverb(t.text) || isPerfectSince(tokens, i)) &&
    !isSurnameLike(tokens, i) &&
    !isSubjectNoun(tokens, i);
    t = tokens[i]
  )
    i--;
  // "Sen. Bernie Sanders (I-Vt.) has criticized": the party and state may stand before the auxiliary too.
  i = pastBracket(tokens, i);
  // "Marsh later Thursday told": a weekday after "later", "earlier" or "on" is when, not who.
  // Only after a name: in "who wrote to him on Friday say" the weekday ends a clause about someone else.
  const day = tokens[i];
  const named = tokens[i - 2];
  if (
    day?.kind === 'word' &&
    isWeekday(day.text) &&
    /^(later|earlier|on|late|early)$/.test(tokens[i - 1]?.text ?? '') &&
    named?.kind === 'word' &&
    isCapitalised(named.text)
  )
    i -= 2;
  const phrase: Token[] = [];
  for (let t = tokens[i]; t && phrase.length < 16; t = tokens[--i]) {
    if (t.kind !== 'word') {
      if (isJoinedHyphen(tokens, i) || (t.text === '.' && (phrase.length === 0 || isInnerDot(tokens, i)))) continue;
      break;
    }
    const lower = t.text.toLowerCase();
    if (isVerb(t)) break;
    // "…," From said': a capitalised function word mid-sentence right before the verb is a name.
    const named = phrase.length === 0 && i > 0 && isCapitalised(t.text) && tokens[i - 1]?.text !== '.';
    const joins = joinsBodyName(tokens, i, phrase) || (lower === 'and' && isCapitalised(tokens[i + 1]?.text ?? '') && isCapitalised(tokens[i - 1]?.text ?? ''));
    if (NP_STOP.has(lower) && !named && !joins) {
      // "A spokeswoman for the Pentagon said": the role, not the body it serves, is the subject.
      const start = phrase.length > 0 && rolePrepEnd(tokens, i) === i + 1 + phrase.length ? roleStartBefore(tokens, i) : -1;
      if (start >= 0) return tokens.slice(start, i + 1 + phrase.length) as Token[];
      break;
    }
    phrase.unshift(t);
    // "At the Pentagon he said": a nominative pronoun is the whole subject; the words before it open the sentence.
    if (phrase.length === 1 && /^(he|she|they|we)$/i.test(t.text)) break;
    // "told Xinhua the report indicated": a determiner opens the subject; the name before it is the listener, and
    // "This week a spokesman said": the time before it is when.
    const prior = tokens[i - 1];
    // So does a sentence adverb that opens the sentence without a comma ("Meanwhile the council has urged").
    const past = i > 1 || isBareOpener(tokens, i);
    if (/^(the|a|an)$/.test(t.text) && phrase.length > 1 && past && prior?.kind === 'word' && (isCapitalised(prior.text) || TIME_NOUN.test(prior.text))) break;
  }
  // "John McCain (Ariz.), … and Chuck Grassley (Iowa) have": the last of a bracketed list is not the whole subject.
  return tokens[i]?.text === 'and' && tokens[i - 1]?.text === ')' ? [] : phrase;
}

/** A role goes on through "of" to a name ("master of ceremonies Asab Tabchi"); so does a capitalised title or body
 * ("Secretary of State John Kerry", "Bank of Japan chief Toshihiko Fukui"), but not a name ("said Trump of Clinton"). */
function goesOnThroughOf(tokens: readonly Token[], i: number, phrase: readonly Token[]): boolean {
  const head = phrase.at(-1)?.text ?? '';
  let j = i + 1;
  if (phrase.some((x) => isCapitalised(x.text)))
    return tokens[j]?.kind === 'word' && isCapitalised(tokens[j]?.text ?? '') && isCapitalised(head) && (isTitleWord(head) || isOrgWord(head));
  for (let u = tokens[j]; j < i + 4 && u?.kind === 'word' && !isCapitalised(u.text) && !NP_STOP.has(u.text) && !TIME_WORDS.test(u.text); u = tokens[j]) j++;
  return j > i + 1 && isCapitalised(tokens[j]?.text ?? '') && tokens[j]?.kind === 'word';
}

/** The noun phrase that starts at index `start`, e.g. the subject in `said John Hill, who…`. */
export function phraseAfter(tokens: readonly Token[], start: number): Token[] {
  const phrase: Token[] = [];
  for (let i = start; i < tokens.length && phrase.length < 12; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.kind !== 'word') {
      if (isJoinedHyphen(tokens, i)) continue;
      break;
    }
    if (phrase.length === 0 && (TIME_WORDS.test(t.text) || isWeekday(t.text))) return [];
    // "said the Department of Health and Human Services": a body's name goes on through its "and".
    const body = bodyAndEnd(tokens, i, phrase);
    if (body > i) {
      phrase.push(...tokens.slice(i, body));
      i = body - 1;
      continue;
    }
    if (t.text === 'of' && phrase.length > 0 && goesOnThroughOf(tokens, i, phrase)) {
      phrase.push(t);
      continue;
    }
    // "said a person close to the Clintons": a role keeps the phrase that says whom it serves.
    if (ROLE_PREP.test(t.text) && phrase.length > 0 && roleStartBefore(tokens, i) === start) {
      const end = rolePrepEnd(tokens, i);
      if (end > 0) {
        // "said a spokesman for the Pentagon, John Kirby, …": the name in apposition speaks.
        const named = tokens[end]?.text === ',' ? nameAfterDescription(tokens, start, tokens.length) : null;
        return named ?? (tokens.slice(start, end) as Token[]);
      }
    }
    // "said the base chief known as Joe": the name the role goes by.
    if (t.text === 'known' && tokens[i + 1]?.text === 'as' && phrase.length > 0 && isCapitalised(tokens[i + 2]?.text ?? '')) {
      const named = phraseAfter(tokens, i + 2);
      if (named.length > 0 && named.every((x) => isCapitalised(x.text))) return named;
    }
    if ((NP_STOP.has(t.text.toLowerCase()) && !isWordSurname(tokens, i)) || (TIME_WORDS.test(t.text) && phrase.length > 0 && !isCapitalised(t.text))) break;
    if (isWeekday(t.text)) break;
    phrase.push(t);
  }
  // "according to the team head, CIA Special Advisor Charles Duelfer": the name after the role.
  const next = start + phrase.length;
  if (phrase.length > 0 && !phrase.some((t) => isCapitalised(t.text)) && tokens[next]?.text === ',' && isCapitalised(tokens[next + 1]?.text ?? '')) {
    const named = phraseAfter(tokens, next + 1);
    if (named.length > 0) return named;
  }
  // "said Judicial Watch President, Tom Fitton.": a title set off by a comma from the full name in apposition after it.
  if (phrase.length > 0 && isTitleWord(phrase.at(-1)?.text ?? '') && tokens[next]?.text === ',') {
    const named = phraseAfter(tokens, next + 1);
    const end = tokens[next + 1 + named.length];
    if (named.length >= 2 && named.length <= 3 && named.every((t) => isCapitalised(t.text)) && (!end || end.kind !== 'word')) return named;
  }
  // "said Rubio’s deputy campaign manager, Rich Beeson, who …": a description with a name in it, then the speaker's name.
  if (phrase.length > 0 && tokens[next]?.text === ',' && !isCapitalised(phrase[phrase.length - 1]?.text ?? '')) {
    const named = nameAfterDescription(tokens, start, tokens.length);
    if (named) return named;
  }
  // "said former Ohio Gov. and party chairman Ed Rendell": two roles of one person, the name after the second; not
  // "said the mayor and Jane Doe" (a name right after "and") nor "the mayor and the clerk" (a determiner).
  if (phrase.length > 0 && tokens[next]?.text === 'and' && isRoleHead(phrase.at(-1)?.text ?? '')) {
    const second = phraseAfter(tokens, next + 1);
    let from = second.length;
    while (from > 0 && isCapitalised(second[from - 1]?.text ?? '') && !isTitleWord(second[from - 1]?.text ?? '')) from--;
    // "… candidate for Queensland Larissa Waters": the name from its first name, past the place before it.
    const first = second.findIndex((t, i) => i >= from && lexicons().firstNames.has(t.text.toLowerCase()));
    const name = second.slice(first >= 0 && first < second.length - 1 ? first : from);
    const end = tokens[next + 1 + second.length];
    if (name.length >= 2 && name.length < second.length && !isArticle(second[0]?.text ?? '') && (!end || end.kind !== 'word')) return name;
  }
  // "said one Democrat familiar with the talks", "a source close to the campaign": the role, without its dangling adjective.
  return phrase.length > 1 && /^(familiar|close)$/.test(phrase.at(-1)?.text ?? '') ? phrase.slice(0, -1) : phrase;
}

/** "Zeliff and 24-year-old Tom Baker explained": the phrase is the second of two subjects, so neither alone speaks. */
export function isSecondOfPair(tokens: readonly Token[], phrase: readonly Token[]): boolean {
  let k = phrase[0] ? tokens.indexOf(phrase[0]) - 1 : -1;
  if (tokens[k]?.text !== 'and') return false;
  let named = 0;
  for (let t = tokens[--k]; t?.kind === 'word' && isCapitalised(t.text); t = tokens[--k]) named++;
  return named > 0 && (k < 0 || tokens[k]?.text === ',');
}

/** Whether words hold a verb that makes them a clause: an auxiliary, or a verb form not inside a noun phrase ("of said statement"). */
export const holdsVerb = (words: readonly Token[]): boolean =>
  words.some((t, i) => AUXILIARY.test(t.text) || (isVerb(t) && !/^(of|in|at|for|from|with|on|the|a|an)$/.test(words[i - 1]?.text ?? 'of')));
