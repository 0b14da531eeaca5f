// The subject of a clause: a sentence's opening noun phrase and the subject of a reporting verb, past openers and appositives.
import { lexicons } from '../lexicon.js';
import { asideBefore } from './aside.js';
import { bodyAndEnd } from './body-name.js';
import { firstOfRolePair, sharedSubject } from './coordinated-subject.js';
import { datelineLength } from './dateline.js';
import { COMPARES } from './bare-role.js';
import { isTitleWord } from './capital-runs.js';
import { nameBeforeModifiers, nameBeforeRole, segmentBefore } from './appositions.js';
import { nameBeforeComma, nameBeforeRoleOf } from './name-before-comma.js';
import { nameAfterOpenerPhrase, nameAfterTime, subjectAfterOpener } from './opener-subject.js';
import { relativeHead } from './relative-subject.js';
import { nameBeforeNamedThing } from './outer-apposition.js';
import { isStateName } from './place-before-name.js';
import { INTRO, endsNounPhrase, isJoinedHyphen, isTimeOpener, openerTailEnd } from './phrase-words.js';
import { isTimeLead } from './time-lead.js';
import { NP_STOP, bracketOpen, holdsVerb, isDescription, isNameLike, isNamePair, isVerb, nameAfterDescription, phraseAfter, phraseBefore } from './phrases.js';
import { isArticle, isCapitalised, type Token } from './tokens.js';

/** Capitalised words that end in -ing or -ed and are names, not participles ("Reed", "Fielding"). */
const isKnownName = (word: string): boolean => lexicons().firstNames.has(word.toLowerCase());

/** "Groening recently heaped praise", "Manning said": a surname in -ing whose own verb follows is the subject, no participle. */
const actsNext = (tokens: readonly Token[]): boolean => {
  const next = /ly$/.test(tokens[1]?.text ?? '') ? 2 : 1;
  const word = tokens[next]?.text ?? '';
  return isVerb(tokens[next]) || /^(has|had|is|was|will|would)$/.test(word) || (/^\p{Ll}+ed$/u.test(word) && next === 2);
};
/** "A Feb. 1 letter": the dot the tokenizer split off a month's abbreviation before its day is no end of the phrase. */
const isMonthDot = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.text === '.' && lexicons().calendarWords.has(`${tokens[k - 1]?.text.toLowerCase()}.`) && /^\d{1,2}$/.test(tokens[k + 1]?.text ?? '');

/** The sentence's opening noun phrase, the subject of a participle like "…, saying"; an opening "In a statement," is skipped. */
export function leadingPhrase(tokens: readonly Token[]): Token[] {
  const dateline = datelineLength(tokens);
  if (dateline > 0) return leadingPhrase(tokens.slice(dateline));
  // "And Hamid Karzai, president of Afghanistan, warned": a conjunction may open the sentence before its subject ("But back home, he …" opens a clause).
  if (/^(and|but)$/i.test(tokens[0]?.text ?? '') && /^(\p{Lu}|(the|an?|he|she)$)/u.test(tokens[1]?.text ?? '')) return leadingPhrase(tokens.slice(1));
  let start = 0;
  // An opening adverbial or participial clause ("Reached by phone, …", "Filling in for Sanders, …") is not the subject.
  const opener = tokens[0]?.text ?? '';
  // "Immediately after the attacks, Trump issued …": an opening adverb before a preposition or comma.
  const adverb =
    (/^\p{Lu}\p{Ll}+ly$/u.test(opener) && /^(after|before|following|upon|on|in|at|,)$/.test(tokens[1]?.text ?? '')) ||
    isTimeOpener(tokens) ||
    // "Likewise, the Brookings Institution had this to say": a sentence adverb set off by a comma.
    (lexicons().sentenceAdverbs.has(opener.toLowerCase()) && tokens[1]?.text === ',');
  if (
    tokens[0] &&
    (INTRO.test(opener) ||
      adverb ||
      lexicons().functionWords.has(opener.toLowerCase()) ||
      (/^\p{Lu}\p{Ll}+(ing|ed)$/u.test(opener) && !isKnownName(opener) && !actsNext(tokens)))
  ) {
    // An opening clause runs to two dozen words ("Filling in for Sanders at the event where … appeared Sunday, West landed").
    const comma = tokens.findIndex((t, i) => i < 24 && t.kind === 'punct' && t.text === ',');
    if (comma < 0) return [];
    // 'On "Face the Nation," Sen. Bernie Sanders …': the mark that closes a title after the comma is the opener's.
    const closes =
      tokens[comma + 1]?.text === '”' || (tokens[comma + 1]?.text === '"' && tokens.slice(0, comma).filter((t) => t.text === '"').length % 2 === 1);
    start = openerTailEnd(tokens, comma + (closes ? 2 : 1));
    // "On Thursday, after remaining neutral for months, Warren appeared": a second opener after the first.
    const again = tokens[start]?.text ?? '';
    // A relative clause ("…, which hosts the primary, Bush referred") or a role after a name ("Preceded by Joe Arpaio, the sheriff,") stays in the opener.
    const second = tokens.findIndex((t, i) => i > start && i < start + 14 && t.kind === 'punct' && t.text === ',');
    const apposition = /^(the|a|an)$/.test(again) && tokens[second + 1]?.kind === 'word' && isCapitalised(tokens[second + 1]?.text ?? '');
    if (apposition || /^(after|before|whil(?:e|st)|despite|following|since|as|when|which|where)$/.test(again))
      if (second > 0 && tokens.slice(start, second).every((t) => t.kind === 'word')) start = second + 1;
  }
  const phrase: Token[] = [];
  for (const [k, t] of tokens.entries()) {
    if (k < start) continue;
    if (t.kind !== 'word') {
      if (phrase.length > 0 && t.text === ',') break;
      if (isJoinedHyphen(tokens, k) || isMonthDot(tokens, k)) continue;
      break;
    }
    const stop = /(ed|ly)$/.test(t.text) || lexicons().irregularPast.has(t.text) || NP_STOP.has(t.text) || isVerb(t) || endsNounPhrase(tokens, k);
    if (phrase.length > 0 && !isCapitalised(t.text) && stop && bodyAndEnd(tokens, k, phrase) === k) break;
    phrase.push(t);
    if (phrase.length >= 10) break;
  }
  // "His colleague in Anakpawis, Rep. Crispin Beltran, who …": a role, then the name in apposition.
  let next = start + phrase.length;
  while (next < start + phrase.length + 5 && tokens[next]?.kind === 'word') next++;
  const [head, tail] = [phrase[0], phrase[phrase.length - 1]];
  const title = phrase.length === 1 && start === 0 && lexicons().titles.has(head?.text.toLowerCase() ?? '');
  // "The Minister for Workplace Relations, Kevin Andrews,": a title of a body, then the name, even with the body in capitals.
  const titled = phrase.slice(head && isArticle(head.text) ? 1 : 0);
  const ofBody = isTitleWord(titled[0]?.text ?? '') && titled.some((t, i) => i > 0 && /^(of|for)$/.test(t.text));
  const role = head !== undefined && tail !== undefined && (!isCapitalised(tail.text) || title || ofBody);
  // "…, former Colorado Rep. Pat Schroeder,": one lower-case role word before the name is not part of it.
  // What stands between the role and the comma continues it ("in Anakpawis"); "has prompted officials from Mexico," is a clause.
  if (role && !holdsVerb(tokens.slice(start + phrase.length, next)) && tokens[next]?.text === ',') {
    const role1 = tokens[next + 1]?.text ?? '';
    const named = phraseAfter(tokens, next + 1 + (isCapitalised(role1) || lexicons().functionWords.has(role1) ? 0 : 1));
    if (named.length > 0 && named.length <= 5 && named.every((t) => isCapitalised(t.text) || /\.$/.test(t.text))) return named;
  }
  return phrase;
}

/** The subject of the verb at index `verb`, past an appositive: "Rep. Teodoro Casiño, also of Bayan Muna, said" → "Rep. Teodoro Casiño". */
export function subjectBefore(tokens: readonly Token[], verb: number): Token[] {
  const aside = asideBefore(tokens, verb);
  const spoke = aside > 0 ? subjectBefore(tokens, aside) : [];
  if (spoke.length > 0) return spoke;
  const subject = subjectAt(tokens, verb);
  return firstOfRolePair(tokens, subject) ?? subject;
}

function subjectAt(tokens: readonly Token[], verb: number): Token[] {
  // "(Lemkin, who coined the word, once said, …": an adverb between the appositive's comma and the verb.
  if (/^(once|later|also|then|again|has|had|have|was|is|were|will|would)$/.test(tokens[verb - 1]?.text ?? '') && tokens[verb - 2]?.text === ',')
    return subjectBefore(tokens, verb - 1);
  const direct = phraseBefore(tokens, verb);
  const shared = direct.length === 0 ? sharedSubject(tokens, verb) : null;
  if (shared) return shared;
  const [head, tail] = [direct[0], direct[direct.length - 1]];
  // Where the phrase starts in the sentence; -1 when there is no phrase.
  const headAt = head ? tokens.indexOf(head) : -1;
  // "Peter Draper, a research fellow at the Institute of International Affairs said": the name, not the body's last capitals.
  const servedBy = tokens[verb - 1]?.kind === 'word' ? nameBeforeRoleOf(tokens, verb) : null;
  if (servedBy) return servedBy;
  // "In his press conference Kalikow said": an opening prepositional phrase with no comma is not the subject.
  const opened = nameAfterOpenerPhrase(tokens, direct) ?? subjectAfterOpener(tokens, direct, verb) ?? nameAfterTime(direct);
  if (opened) return opened;
  // "Ruairí Ó Brádaigh, the Republican Sinn Féin president said": the name before the role; "…, the director of X said" too.
  const named = head && isArticle(head.text) ? nameBeforeComma(tokens, headAt - 1) : null;
  if (named && !isTimeLead(named)) return named;
  // "Nate Silver, the polling guru who founded the site, tweeted": the person the relative clause describes.
  if (head && /^(who|whose)$/i.test(tokens[headAt - 1]?.text ?? '')) {
    const who = headAt - 1;
    const described = phraseBefore(tokens, who);
    if (isNameLike(described)) return described;
    const from = described[0] ? tokens.indexOf(described[0]) : -1;
    if (from > 1 && tokens[from - 1]?.text === ',' && isDescription(described)) {
      const named = segmentBefore(tokens, from - 1).words;
      if (isNameLike(named)) return named;
    }
  }
  // "Harry Bond, 30, of Raleigh, N.C., who was polled, said": the person before the age, home town and relative clause.
  const end = tail ? tokens.indexOf(tail) + 1 : tokens[verb - 1]?.text === ',' ? verb - 1 : -1;
  const modified = end > 0 && (direct.length === 0 || direct.every((t) => isCapitalised(t.text))) ? nameBeforeModifiers(tokens, end) : null;
  if (modified) return modified;
  // "The leader of the ADL, Jonathan Greenblatt, warned": the name in apposition, not the description (an aside after "with").
  if (direct.length === 0 && tokens[verb - 1]?.text === ',') {
    const named = phraseBefore(tokens, verb - 1);
    const first = named[0] ? tokens.indexOf(named[0]) : -1;
    if (first > 0 && tokens[first - 1]?.text === ',') {
      const description = phraseBefore(tokens, first - 1);
      const from = description[0] ? tokens.indexOf(description[0]) : -1;
      const appositive = from >= 0 && !COMPARES.test(tokens[from - 1]?.text ?? '') ? nameAfterDescription(tokens, from, verb) : null;
      if (appositive) return nameBeforeNamedThing(tokens, first - 1) ?? appositive;
    }
  }
  // "Anthony Anton, president and CEO of the Restaurant Association stated": the name before the role.
  if (head && tail) {
    let c = headAt - 1;
    for (let t = tokens[c]; c > 0 && t?.kind === 'word' && !isCapitalised(t.text); t = tokens[c]) c--;
    const role = tokens.slice(c + 1, tokens.indexOf(tail) + 1);
    if (tokens[c]?.text === ',') {
      const named = segmentBefore(tokens, c).words;
      const { titles, functionWords } = lexicons(); // "On Monday, the union spokesman said": an opening phrase with its preposition is when, not a name before the role.
      const when = functionWords.has(named[0]?.text.toLowerCase() ?? '');
      if (!when && role.some((t) => titles.has(t.text.toLowerCase())) && !isNameLike(role) && isNameLike(named)) return named;
    }
  }
  // "Fidel Castro, speaking to CNN about the rally, said": the sentence's named subject; a pronoun before the verb is its own.
  const pronoun = direct.length === 1 && lexicons().pronouns.get(head?.text.toLowerCase() ?? '')?.grammaticalCase === 'subject';
  if (!pronoun && !direct.some((t) => isCapitalised(t.text))) {
    const lead = leadingPhrase(tokens);
    const leadTail = lead[lead.length - 1];
    const after = leadTail ? tokens[tokens.indexOf(leadTail) + 1] : undefined;
    if (lead.some((t) => isCapitalised(t.text)) && after?.text === ',' && !lead.some((t) => direct.includes(t)) && !isTimeLead(lead)) return lead;
  }
  if (direct.length > 0 || tokens[verb - 1]?.text !== ',') return relativeHead(tokens, verb, direct) ?? direct;
  // "…, Gov. Ann Reyes (R-Ohio), said": the name with its party label is the subject.
  if (bracketOpen(tokens, verb - 2) > 0) {
    const labelled = phraseBefore(tokens, verb - 1);
    const [labelledHead] = labelled;
    if (labelledHead && labelled.length <= 6 && isCapitalised(labelled[labelled.length - 1]?.text ?? '') && !INTRO.test(labelledHead.text)) return labelled;
  }
  let i = verb - 2;
  for (let t = tokens[i]; t && !(t.kind === 'punct' && t.text === ','); t = tokens[i]) {
    if (t.kind === 'quote') return [];
    i--;
  }
  // "NASDAQ president and CEO Bob Greifeld, said": a stray comma after the sentence's only name before its verb.
  if (i < 0) {
    const named = phraseBefore(tokens, verb - 1);
    return isNameLike(named) ? named : [];
  }
  const segment = phraseBefore(tokens, i);
  // "… and American University in Washington, D.C., said": a town and its state after a preposition end a description.
  const before = segment[0] ? tokens[tokens.indexOf(segment[0]) - 1]?.text : '';
  const placed = /^(in|at|of|from|near)$/.test(before ?? '') && isStateName(tokens.slice(i + 1, verb - 1));
  return segment[0] && !placed && segment.some((t) => isCapitalised(t.text)) && !INTRO.test(segment[0].text)
    ? (nameBeforeRole(tokens, segment) ?? segment)
    : [];
}
