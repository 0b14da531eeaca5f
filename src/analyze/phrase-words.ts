// Word tests the phrase finders share: reporting verbs, words a noun phrase skips or stops at, short bracketed asides.
import { lexicons } from '../lexicon.js';
import { isStateAbbreviation } from './state-speaker.js';
import { isCapitalised, type Token } from './tokens.js';

/** Words that open a sentence before its subject: prepositions, conjunctions, time and linking adverbs. */
export const INTRO =
  /^(here|back|in|on|at|after|before|during|according|since|until|when|whil(?:e|st)|as|speaking|asked|earlier|later|last|meanwhile|however|also|but|and|then|from|with|without|for|under|following|despite|although|though|because|if|furthermore|moreover|additionally|instead|still|yet|now|today|yesterday|separately|finally|just|like|unlike|between|amid|among|throughout|across|beyond|through|toward|towards|upon|within|regarding|concerning|besides)$/i;

/** Words the phrase finder steps over between a subject and its verb ("has also", "have long", "had previously"). */
export const SKIPPABLE = new Set([
  ...'also later then instead further again once has have had was is are am were been would will previously both each all'.split(' '),
  ...'earlier recently subsequently reportedly long always already often simply just not never in a statement interview'.split(' '),
]);
export const NP_STOP = new Set([
  ...'that who which whom what whether as but when while whilst because if after before where and or than to in on'.split(' '),
  ...'at with from by during into about against over under since until is was are were be been has have had also not'.split(' '),
]);
/** Words that end a name phrase after a verb: time adverbs, and the openers of a time or clause ("said Hill on Monday"). */
const TIME_OPENERS = /^(last|this|on|in|at|during|after|before|when|whil(?:e|st)|to|of|that|told)$/i;
export const TIME_WORDS = { test: (word: string): boolean => TIME_OPENERS.test(word) || lexicons().timeAdverbs.has(word.toLowerCase()) };

export const isWeekday = (word: string): boolean => lexicons().weekdays.includes(word.toLowerCase());

export const isVerb = (t: Token | undefined): boolean =>
  !!t && t.kind === 'word' && lexicons().reportingVerbs.has(t.text.toLowerCase()) && !isCapitalised(t.text);

const NOUN_BEFORE = /^(the|a|an|news|his|her|their|its|our|my|your|these|those|this|such|\p{Lu}[\p{L}-]*['’]s|\p{Lu}[\p{L}-]*s['’])$/u;

/** Words that qualify "states" as the countries: "G8 member states", "Arab states", "in all states", "giving states more power". */
const STATES_BEFORE =
  /^(?:member|key|swing|battleground|bellwether|primary|home|early|southern|northern|eastern|western|border|neighbou?ring|other|several|many|some|most|all|both|few|individual|sovereign|nation|client|Arab|Gulf|Baltic|\d+|\p{Ll}+ing)$/u;
const isStatesNoun = (tokens: readonly Token[], k: number): boolean => tokens[k]?.text === 'states' && STATES_BEFORE.test(tokens[k - 1]?.text ?? '');

/** `Melanie said yes, yes`: a verb at k with an answer for its object reports no quotation before it. */
export const isAnsweredAt = (tokens: readonly Token[], k: number): boolean => /^(yes|no)$/i.test(tokens[k + 1]?.text ?? '');

/** A reporting verb at index k, including perfect forms that are adjectives elsewhere ("had written", not "a written statement"). */
export function isVerbAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  // "Ginsburg’s comments", "the claims", "his remarks", "news reports": a noun after a possessive, a determiner or "news".
  if (isVerb(t) && (NOUN_BEFORE.test(tokens[k - 1]?.text ?? '') || isStatesNoun(tokens, k))) return false;
  // "his administration continues to carve out …": a verb that goes on with an infinitive says nothing.
  if (isVerb(t) && /^continu/i.test(t?.text ?? '') && tokens[k + 1]?.text === 'to') return false;
  if (isVerb(t)) return true;
  if (t?.text === 'state' || t?.text === 'claim') return isStateVerb(tokens, k);
  // Phrasal verbs of saying: "Trump went on about “…”", "When Hill used the words, “…”" (not "the term", which names a term).
  if (/^(went|goes|go|going|gone)$/i.test(t?.text ?? '') && tokens[k + 1]?.text === 'on' && tokens[k + 2]?.text === 'about') return true;
  if (/^(used|uses|use|using)$/i.test(t?.text ?? '') && tokens[k + 1]?.text === 'the' && tokens[k + 2]?.text === 'words') return true;
  return !!t && /^(written|spoken)$/.test(t.text) && /^(has|had|have)$/i.test(tokens[k - 1]?.text ?? '');
}

/** "the Saudis state in the paper", "Rights groups claim there has been": after a plural subject and before a clause, a verb ("the state said", "his claim that" are not). */
function isStateVerb(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.text ?? '';
  const plural = /^(they|we)$/i.test(before) || (/\p{L}{2}[^s'’]s$/u.test(before) && !/^(this|thus|was|has|does|is|its|his)$/i.test(before));
  const next = tokens[k + 1];
  return plural && (next?.kind !== 'word' || /^(in|that|there|on|at|flatly|clearly|plainly|explicitly)$/.test(next.text));
}

/** A short bracketed aside ("(D-Ore.)", "(R)") is at most this many tokens between its brackets. */
const BRACKET_MAX = 6;

/** Index of the "(" that opens a short aside closed by the ")" at `close`, or -1. */
export function bracketOpen(tokens: readonly Token[], close: number): number {
  if (tokens[close]?.text !== ')') return -1;
  for (let i = close - 1; i >= 0 && i >= close - BRACKET_MAX - 1; i--) {
    const t = tokens[i];
    if (!t) break;
    if (t.text === '(') return i < close - 1 ? i : -1;
    if (t.kind === 'quote' || t.text === ')' || t.text === ',') return -1;
  }
  return -1;
}

/** Index of the ")" that closes a short aside opened by the "(" at `open`, or -1. */
export function bracketClose(tokens: readonly Token[], open: number): number {
  if (tokens[open]?.text !== '(') return -1;
  for (let i = open + 1; i < tokens.length && i <= open + BRACKET_MAX + 1; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.text === ')') return i > open + 1 ? i : -1;
    if (t.kind === 'quote' || t.text === '(' || t.text === ',') return -1;
  }
  return -1;
}

const MODAL = /^(would|could|should|will|can|may|might|must|did|does|do)$/;
/** The forms of "be": before a past participle a passive, before a noun phrase a predicate. */
export const BE = /^(am|is|are|was|were|be|been|being)$/i;
/** An auxiliary of the passive: a form of "be", or of "get" ("got asked"). */
export const isPassiveAuxiliary = (word: string): boolean => BE.test(word) || /^(get|gets|got)$/i.test(word);
/** The auxiliaries: finite forms of be, have and do, and the modals. One list for the rules that ask whether a word is one. */
export const AUXILIARY = /^(is|are|was|were|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must)$/i;
const OBJECT_START = /^(the|a|an|his|her|him|them|its|their|such|this|these|those|our|my)$/;

/** A lower-case word that is the verb after a noun phrase: a modal ("Clinton would"), or an -s form before its object ("The ad hits Clinton"). */
export function endsNounPhrase(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.text ?? '';
  const next = tokens[k + 1];
  return MODAL.test(word) || (/[^su]s$/.test(word) && next?.kind === 'word' && (isCapitalised(next.text) || OBJECT_START.test(next.text)));
}

/** A hyphen inside a word ("Jean-Pierre", "D-Ore."), not a spaced dash that opens an aside ("May 2013 - after Clinton left -"). */
export const isJoinedHyphen = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  return t?.text === '-' && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end;
};

/** The word before the verb at `verb`, past any -ly adverbs ("has been strongly condemned" → "been"): a passive's auxiliary. */
export function auxiliaryBefore(tokens: readonly Token[], verb: number): string {
  let k = verb - 1;
  for (let t = tokens[k]; t?.kind === 'word' && /ly$/.test(t.text); t = tokens[k]) k--;
  return tokens[k]?.text ?? '';
}

/** A sentence that asks, opening on an auxiliary or a question word and ending in "?": "Has he ever …?", "Why had he …?". */
export const isQuestion = (text: string): boolean =>
  /\?["”’')]*$/u.test(text) &&
  /^["“‘']?(can|could|will|would|do|does|did|is|are|was|were|have|has|had|should|shall|may|might|why|how|what|who|whom|whose|which|where|when)\b/i.test(text);

/**
 * A verb of saying in the past or as a participle, which opens a sentence before the speaker's name ("Replied Stephen,
 * …", "Citing John Locke, …"); "Said" and "Says" stay, being names too ("Said Kouachi").
 */
function isReportingLead(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/(?:ed|ing)$/.test(lower)) return false;
  const verbs = lexicons().reportingVerbs;
  return verbs.has(lower) || verbs.has(lower.replace(/ing$/, 'ed')) || verbs.has(lower.replace(/ing$/, 'd'));
}

/** A word that opens a sentence before a name and is no part of it: a sentence adverb ("Even", "Then") or a fronted verb of saying. */
export const isSentenceOpener = (word: string): boolean => lexicons().sentenceAdverbs.has(word.toLowerCase()) || isReportingLead(word);

/** A sentence that opens on a span of time before a comma: "Hours later,", "Two days earlier,", "A week ago,". */
export const isTimeOpener = (tokens: readonly Token[]): boolean =>
  tokens.slice(1, 4).some((t, i) => /^(later|earlier|ago|afterwards?)$/.test(t.text) && tokens[i + 2]?.text === ',');

/** "The bill defines a violent game as one that …", "A document is deemed damaging if …": a definition, which voices no fear and claims nothing. */
export const isDefinition = (text: string): boolean =>
  /\bdefin(?:es|ed|ing)\s+(?:\S+\s+){1,6}?as\s+(?:one|any|an?|those|that)\b|\b(?:is|are)\s+deemed\s+(?:\S+\s+){1,3}?if\b/i.test(text);

/** "At a rally in Portsmouth, N.H., on Tuesday, Sanders …": past an opener's first comma, a state's abbreviation, a day or a year still belongs to it. */
export function openerTailEnd(tokens: readonly Token[], start: number): number {
  let at = start;
  for (let round = 0; round < 3; round++) {
    const comma = tokens.findIndex((t, i) => i > at && i <= at + 3 && t.kind === 'punct' && t.text === ',');
    const words = comma > at ? tokens.slice(at, comma).map((t) => t.text) : [];
    // "Calif." comes as a word and its dot.
    const only = words.length === 1 || (words.length === 2 && words[1] === '.') ? (words[0] ?? '') : '';
    const state = /^(?:\p{Lu}\.){2,}$/u.test(only) || isStateAbbreviation([only]);
    const day =
      /^(?:on|last|this|next|early|late)$/i.test(words[0] ?? '') &&
      words.length > 1 &&
      words.slice(1).every((w) => lexicons().calendarWords.has(w.toLowerCase()));
    // "On July 6, 2015, Sanders …": the year of a date.
    if (!state && !day && !/^\d{4}$/.test(only)) return at;
    at = comma + 1;
  }
  return at;
}
