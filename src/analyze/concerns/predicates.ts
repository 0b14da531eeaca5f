// The words that voice a concern: stance predicates (worry, warn, risk, criticise) and words of harm (war, crisis, kill).
import { lexicons } from '../../lexicon.js';
import { criticsVoice } from './critics.js';
import { isHarmlessFailure } from './fail-sense.js';
import { isHarmIdiom } from './harm-idioms.js';
import { isGameThreat } from './game-sense.js';
import { isCharacterAttack } from './character-sense.js';
import { isProblemFrame } from './problem-sense.js';
import { isAnsweredCue } from './answered-cue.js';
import { isRaceLoss } from './race-loss.js';
import { isSpeechOutrage } from './speech-outrage.js';
import { isLedgerLoss } from './ledger-loss.js';
import { isWarOfWords } from './word-war.js';
import { isCampaignAttack } from './campaign-attack.js';
import { isPastMood } from './past-mood.js';
import { isRaceWeakness } from './race-weakness.js';
import { isComplaintHandled } from './complaint-sense.js';
import { isLawSubject } from './law-name.js';
import { inWorrySense } from './worry-sense.js';
import { isRhetoricalAttack } from './rhetorical-attack.js';
import { isBackgroundHarm } from './background-harm.js';
import { indexLiterals, type LiteralIndex, mayMatch, requiredLiterals } from '../../pattern-literals.js';
import { allMatches } from '../../all-matches.js';

export type PredicateKind = 'stance' | 'harm' | 'criticism';

export interface Predicate {
  kind: PredicateKind;
  /** The word as it appears in the sentence. */
  word: string;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
}

/** "use of force", "armed force", "a police force", "would force him to cut jobs": force as violence, an armed body, or a harm still to come. */
const FORCE_AS_HARM =
  /\b(use of|uses?|used|using|armed|police|security|paramilitary|excessive|brute|deadly|lethal|military|unleash\p{L}*|impos\p{L}*|by|could|would|will|may|might)\s+(\p{L}+\s+)?$/iu;

/** The head a harm word only classifies: a field of study, a list, a meeting, or a hyphenated compound. */
const FIELD_HEAD =
  /^(-\p{L}|\s+(experts?|statistics|figures|data|rates?|watch ?lists?|panels?|units?|squads?|desks?|reporters?|researchers?|scholars?|studies|study|numbers|session|sessions|meetings?|services|room|insurance|alerts?|auctions?|ceilings?|markets?|judges?|courts?|lawyers?|attorneys?|filings?|hearings?|proceedings|chapter|code|trustees?)\b)/u;
/** The head of a remedy, a product, a service or a power that a harm word modifies, in any case: "disaster recovery", "emergency landing". */
const REMEDY_HEAD =
  /^\s+(prevention|recovery|relief|response|preparedness|management|mitigation|detection|avoidance|awareness|insurance|treatment|screening|drills?|kits?|hotlines?|help\s?lines?|specialists?|landings?|responders?|powers|measures|decrees?)\b/i;
/** What may weaken without harm: evidence or a case, or a market's price. */
const WEAKENED_THING =
  /\b(?:evidence|evidential situation|case|bonds?|shares|stocks?|currency|dollar|pound|euro|yen|yuan|prices?|demand)\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:been\s+)?(?:\p{L}+ly\s+)?$/iu;
const CLAIM_HEAD = /^\s+(\p{L}+\s+)?(allegations?|claims?|charges?|accusations?|suggestions?|stor(y|ies)|rumou?rs?|comparisons?)\b/u;
/**
 * "was accused of", "contestants accused of bullying", "anyone accused is …": an allegation reported with no accuser, which
 * belongs to the unconfirmed section; "accused by the union" names one.
 */
export function isUnvoicedAccusation(text: string, start: number, end: number): boolean {
  if (!/^accused$/i.test(text.slice(start, end))) return false;
  const after = text.slice(end);
  // "might be … accused of": an accusation still to come is a risk, not a report.
  // "whom she has accused of …": the active perfect, its object moved before it.
  if (/\b(has|have|had|having)\s+$/i.test(text.slice(0, start))) return false;
  if (/^\s+by\b/i.test(after) || /\b(could|might|may|would|will|risk)\b[^,;.]{0,45}$/i.test(text.slice(0, start))) return false;
  return /^\s+(of|is|was|were|are|has|had|have)\b/i.test(after) || /\b(is|was|were|are|be|been|being)\s+(\p{L}+ly\s+)?$/iu.test(text.slice(0, start));
}

/** A capitalised word inside a sentence is part of a name ("Joint Task Force", "the War Office"), not a harm. */
const inName = (text: string, start: number, word: string): boolean =>
  start > 0 && /^\p{Lu}/u.test(word) && (!/[.!?"“'‘]\s*$/u.test(text.slice(0, start)) || WORK_TITLE.test(text.slice(Math.max(0, start - 40), start)));
/** "his new book, “Crippled America: …”": the opening of a quoted title, after the noun or verb that names a work. */
const WORK_TITLE = /\b(book|film|movie|album|song|show|series|documentary|novel|memoir|play|titled|entitled|called),?\s*["“]$/i;

/** A letter beside the match: "\b" sees no word in "ö", so "Dörig" would hold "rig" and "Børisk" "risk". */
const LETTER_BESIDE = /\p{L}/u;

function matches(text: string, pattern: RegExp, kind: PredicateKind): Predicate[] {
  return allMatches(text, pattern)
    .filter((m) => !LETTER_BESIDE.test(text.charAt(m.index - 1)) && !LETTER_BESIDE.test(text.charAt(m.index + m[0].length)))
    .map((m) => ({ kind, word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** A worry or charge the subject answers, or blame for words said: not voiced as a concern, whatever the cue's kind. */
const isAnsweredOrWordWar = (text: string, p: Predicate): boolean => isAnsweredCue(text, p.start, p.end) || isWarOfWords(text, p.start, p.end);

/** The stance words in a sentence used in the worried sense, in order. */
function stancesOf(text: string): Predicate[] {
  return matches(text, lexicons().concernCues, 'stance').filter(
    // "threatened a try", "had rarely threatened until …": a side pressing to score in a match.
    (p) =>
      !inName(text, p.start, p.word) &&
      inWorrySense(text, p.start, p.word) &&
      !isGameThreat(text, p.word, p.start, p.end) &&
      !isAnsweredOrWordWar(text, p) &&
      !isPastMood(text, p) &&
      !isRaceWeakness(text, p),
  );
}

/**
 * "The automaker, which has focused on electric cars since its emissions scandal, says …": a harm in an aside about the
 * subject, before the verb that reports, is its background, not what the source voices. Not inside a quotation, after a
 * verb that reports ("She added that …, which is a problem"), nor in an aside that reports ("who called the deal corrupt").
 */
function inAside(text: string, p: Predicate): boolean {
  const before = text.slice(0, p.start);
  const open = /,\s*(?:which|who|whose)\b([^,;:]*)$/i.exec(before);
  const close = /^([^,;:.]*),/.exec(text.slice(p.end));
  if (!open || !close || (before.match(/[“”"]/g)?.length ?? 0) % 2 === 1) return false;
  const reports = (part: string): boolean => (part.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => lexicons().reportingVerbs.has(w));
  const after = text.slice(p.end + close[0].length);
  return !reports(`${open[1]} ${close[1]}`) && !reports(before.slice(0, open.index)) && reports(after);
}

/** A word of harm or criticism used in another sense here. */
function inOtherSense(text: string, p: Predicate): boolean {
  const before = text.slice(0, p.start);
  const word = p.word.toLowerCase();
  if (inName(text, p.start, p.word)) return true;
  if (inAside(text, p) || isAnsweredOrWordWar(text, p) || isLawSubject(text, p.start, p.end) || isComplaintHandled(text, p)) return true;
  // "crime experts", "the terrorism watchlist", "an emergency session", "inflation-adjusted", "disaster recovery efforts": a
  // modifier naming a field or a remedy, not a harm.
  if (p.kind === 'harm' && (FIELD_HEAD.test(text.slice(p.end)) || REMEDY_HEAD.test(text.slice(p.end)) || isBackgroundHarm(text, p))) return true;
  // "the state of emergency": a legal regime declared, not a harm feared.
  if (word === 'emergency' && /\bstate\s+of\s+$/i.test(before)) return true;
  // "in an accusing tone", "among the most tortured I've seen": a manner or a convoluted argument, not a charge or a harm.
  if (
    (word === 'accusing' && /^\s+(?:tone|look|glance|stare|voice|eyes)\b/i.test(text.slice(p.end))) ||
    (word === 'tortured' && /\b(?:most|more|so|very|rather)\s+$/i.test(before))
  )
    return true;
  // "an absurd allegation", "outrageous claims": a claim dismissed, not a harm pointed to.
  if (p.kind === 'criticism' && (CLAIM_HEAD.test(text.slice(p.end)) || isSpeechOutrage(text, p.word, p.end))) return true;
  // "Rubio is weak on immigration", "She's a disgrace": a character attack, not a harm.
  if (p.kind === 'criticism' && isCharacterAttack(text, p.word, p.start, p.end)) return true;
  // "the evidence has weakened", "WeWork's bond has weakened sharply": a case or a price that weakens is no harm voiced.
  if (word.startsWith('weak') && WEAKENED_THING.test(before)) return true;
  // "the blame game", "blamed a typing error for the mistake": blame for a slip points to no harm.
  if (
    word.startsWith('blam') &&
    /^(\s+game|[^.;]{0,60}?\bfor\s+(the|a|an|this|that)\s+(\p{L}+\s+)?(mistakes?|errors?|gaffes?|mix-ups?|slip|typos?|oversights?)\b)/u.test(text.slice(p.end))
  )
    return true;
  // "fight against corruption", "alleviate poverty", "abandon its weapons": a harm to be ended is a plan, not a fear.
  // "would not solve the killings": a remedy denied leaves the harm standing.
  const remedy = lexicons().harmRemedies.exec(text.slice(Math.max(0, p.start - 60), p.start));
  if (remedy && !/\b(not|never|no|cannot)\s+(\p{L}+\s+)?$|n['’]t\s+(\p{L}+\s+)?$/iu.test(text.slice(0, p.start - remedy[0].length))) return true;
  // "non-violent", "anti-war", "counter-terrorism": the compound opposes the harm it names.
  // "energy-starved economy", "cash-strapped councils", "the near-bankrupt island": a compound that describes a thing's state, not a harm voiced.
  if (
    /\b(?:non|anti|counter)-$/i.test(before) ||
    (/^(?:starved|strapped)$/i.test(word) && /\p{L}-$/u.test(before)) ||
    (/^bankrupt$/i.test(word) && /\bnear-$/i.test(before))
  )
    return true;
  // "police force", "a force for change", "force the mayor to resign": a body or a push, not violence ("force against" is).
  if (word === 'force' && !FORCE_AS_HARM.test(before.slice(-50)) && !/^\s+against\b/i.test(text.slice(p.end))) return true;
  // "a dead heat", "damage control", "filed a complaint": a set phrase that names no harm.
  if (isHarmIdiom(text, p)) return true;
  // "a failed candidate", "failed to inspire": a failure that bears on no one's safety or living.
  if (p.kind === 'harm' && isHarmlessFailure(text, p.word, p.end)) return true;
  // "the problem with the film was that …", "government is the problem": an argument's frame or a slogan, not a harm.
  if (word.startsWith('problem') && isProblemFrame(text, p.start)) return true;
  // "deadly serious", "deadly dull": an intensifier, not a harm.
  if (word === 'deadly' && /^\s+(serious|earnest|dull|boring|accurate|quiet|silent|efficient|precise)\b/i.test(text.slice(p.end))) return true;
  // "the accused", "the co-accused", "warrants against accused Dumlao", "an accused rapist": the people on trial, not an accusation.
  if (word === 'accused' && (/(?:\b(?:the|an|both|against)\s+|\bco-)$/i.test(before) || isUnvoicedAccusation(text, p.start, p.end))) return true;
  // "a hostile bid", "a hostile takeover": a deal the board did not invite, not a threat.
  if (word === 'hostile' && /^hostile\s+(\S+\s+){0,5}?(bid|takeover|offer|approach)\b/i.test(text.slice(p.start))) return true;
  if (word.startsWith('oppos') && /\bas\s+$/i.test(before)) return true;
  // "after the email scandal broke", "since the scandal erupted": the name of an affair, told as news, not a charge made.
  if (word === 'scandal' && /^\s+(\S+\s+){0,6}?(broke|erupted|emerged|surfaced)\b/i.test(text.slice(p.end))) return true;
  // "his loss to Clinton in Nevada": a defeat in a race, not a harm.
  if (/^loss(es)?$/.test(word) && /^\s+to\s+(\p{Lu}|the\s+\p{Lu})/u.test(text.slice(p.end))) return true;
  if (isRaceLoss(text, p.start, p.end) || isLedgerLoss(text, p.word, p.start, p.end) || isRaceWeakness(text, p)) return true;
  return word.startsWith('attack') && (isRhetoricalAttack(text, p.start, p.end) || isCampaignAttack(text, p));
}

/** The words of criticism in a sentence ("corrupt", "reckless"), in order. */
function criticismsOf(text: string): Predicate[] {
  return matches(text, lexicons().criticismWords, 'criticism').filter((p) => !inOtherSense(text, p));
}

/** The words of harm in a sentence, in order. */
function harmsOf(text: string): Predicate[] {
  return matches(text, lexicons().harmWords, 'harm').filter((p) => !inOtherSense(text, p));
}

let listLiterals: LiteralIndex | undefined;

/**
 * A sentence's stance words (in the worried sense), words of criticism and words of harm, each in order. One pass over
 * the sentence says which of the three lists can match it at all: most sentences hold none of their words.
 */
export function predicatesOf(text: string): { stances: Predicate[]; criticisms: Predicate[]; harms: Predicate[] } {
  const { concernCues, criticismWords, harmWords } = lexicons();
  listLiterals ??= indexLiterals([concernCues, criticismWords, harmWords].map((pattern) => requiredLiterals(pattern.source)));
  const [stances, criticisms, harms] = mayMatch(listLiterals, text);
  return {
    stances: stances === 1 ? stancesOf(text) : [],
    criticisms: criticisms === 1 ? criticismsOf(text) : [],
    harms: harms === 1 ? harmsOf(text) : [],
  };
}
