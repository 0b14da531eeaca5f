// Word lists live in data/lexicons; this module reads them once and hands out frozen views.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './paths.js';
import type { UnconfirmedKind } from './types.js';

const LEXICON_DIR = join(DATA_DIR, 'lexicons');

function readLines(name: string): string[] {
  return readFileSync(join(LEXICON_DIR, name), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export interface UnconfirmedCue {
  pattern: RegExp;
  kind: UnconfirmedKind;
  likelihood: string | null;
  /** The sense check a match must pass (src/analyze/unconfirmed/sense.ts), or null. */
  check: UnconfirmedCheck | null;
}

export type UnconfirmedCheck = 'clause' | 'verb' | 'unnamed' | 'attributive' | 'outlet' | 'press' | 'modal' | 'media' | 'content';
const CHECKS: readonly UnconfirmedCheck[] = ['clause', 'verb', 'unnamed', 'attributive', 'outlet', 'press', 'modal', 'media', 'content'];

export interface Lexicons {
  reportingVerbs: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  orgWords: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  /** Irregular past tenses ("sought", "took"): a verb, so the end of a subject and never a role's head. */
  irregularPast: ReadonlySet<string>;
  /** US state abbreviations in AP style ("nev", "calif"): no sentence end after "City, ". */
  stateAbbreviations: ReadonlySet<string>;
  /** States, provinces and territories named after a city. */
  regions: ReadonlySet<string>;
  sentenceStarters: ReadonlySet<string>;
  /** Country names as news copy writes them ("South Korea", "USA"). */
  countries: ReadonlySet<string>;
  /** Nationality, regional and party adjectives ("Chinese", "Texan", "Democratic"). */
  demonyms: ReadonlySet<string>;
  concernCues: RegExp;
  /** Words that make a harm one still to come ("could", "will"), so that voicing it voices a worry. */
  concernVoicing: RegExp;
  /** Speech and citation: a source voices the sentence. */
  voiceMarkers: RegExp;
  harmWords: RegExp;
  /** Words of criticism that point to a harm ("corrupt", "reckless"): a concern when a source voices them. */
  criticismWords: RegExp;
  /** Words that deny or play down a concern cue they come shortly before ("no risk", "dismissed concerns"). */
  concernNegators: RegExp;
  /** Nouns that, alone after a determiner, point back to something said before ("the decision", "the move"). */
  pointerNouns: ReadonlySet<string>;
  /** Adjectives of a felt worry whose copula's subject holds it ("concerned", "afraid"), lower-case. */
  worryAdjectives: ReadonlySet<string>;
  /** Verbs of remedy that end right before a harm ("fight against corruption", "alleviate poverty", "abandon its weapons"). */
  harmRemedies: RegExp;
  /** Words that, shortly after a concern cue, say it has no ground ("fears proved unfounded"). */
  concernUnfounded: RegExp;
  unconfirmedCues: readonly UnconfirmedCue[];
  /** Personal pronouns with their number and gender. */
  pronouns: ReadonlyMap<string, Pronoun>;
  /** Lower-case weekdays, in order. */
  weekdays: readonly string[];
  /** Lower-case month names, in order ("january" … "december"). */
  months: readonly string[];
  /** Weekdays, months and month abbreviations ("sept."), lower-case. */
  calendarWords: ReadonlySet<string>;
  /** Capitalised words that never begin or end a name ("The", "However"). */
  notNames: ReadonlySet<string>;
  /** Abbreviated titles and the role words they stand for: "sen" → "senator". */
  titleAbbreviations: ReadonlyMap<string, string>;
  /** Head nouns of a source named without a name ("official", "jury"). */
  speakingRoles: ReadonlySet<string>;
  /** Documents and channels whose named owner speaks ("the Rove ad", "a Pew report"). */
  documentWords: ReadonlySet<string>;
  /** Last words of names that are things, never holders of a concern ("… Partnership", "… Treaty"). */
  notHolderHeads: ReadonlySet<string>;
  /** First names that are only female or only male ("Maria" → f); a name on both lists is left out. */
  firstNames: ReadonlyMap<string, 'm' | 'f'>;
  /** Every first name on either list ("Bill", "Ted" too), lower-case. */
  givenNames: ReadonlySet<string>;
  /** Names both lists carry that one sex bears far more often ("Bill", "Hillary"): a weaker sign than `firstNames`. */
  leaningNames: ReadonlyMap<string, 'm' | 'f'>;
  /** Particles inside names ("van", "bin"), generational suffixes ("Jr."), and role-like words that are not roles. */
  nameParticles: ReadonlySet<string>;
  epithetHeads: ReadonlySet<string>;
  nameSuffixes: ReadonlySet<string>;
  /** A newsroom's roles after a byline's name ("editor", "bureau chief"), lower-case and singular. */
  newsroomRoles: readonly string[];
  /** Letters after a name for an office or an honour ("QC", "MP"): no part of the name. */
  postNominals: ReadonlySet<string>;
  notRoles: ReadonlySet<string>;
  /** Verbs and adverbs that end a clause, never a speaking role ("Trump appears", "Comey cannot"). */
  clauseHeads: ReadonlySet<string>;
  /** Words before a title that say whether it is held now ("former", "acting"): part of the title. */
  titleQualifiers: ReadonlySet<string>;
  /** A party's words (parties.tsv): a member ("Democrat"), the members ("Democrats"), the adjective ("Democratic"). */
  parties: { members: ReadonlySet<string>; plurals: ReadonlySet<string>; adjectives: ReadonlySet<string> };
  /** Canonical hosts and the outlets they belong to ("nytimes.com" → "The New York Times"). */
  outletHosts: ReadonlyMap<string, string>;
  /** Those outlets' names of two words or more, lower case, without "The" ("toronto star"): never a person's name. */
  outletNames: ReadonlySet<string>;
  /** Capitalised last words of an outlet's name ("Sentinel", "Radio"), as printed. */
  outletTails: ReadonlySet<string>;
  /** Verbs whose object is the listener ("told", "urged"); courtesy titles ("mr"); time adverbs ("yesterday"). */
  listenerVerbs: ReadonlySet<string>;
  courtesyTitles: ReadonlySet<string>;
  timeAdverbs: ReadonlySet<string>;
  /** Last words of a named gathering ("Convention", "Summit"): a body, never a person. */
  gatheringWords: ReadonlySet<string>;
  /** Function words that never begin a name, capitalised or not ("For Obama, …"). */
  functionWords: ReadonlySet<string>;
  /** Words that open a noun phrase ("the", "other", "their"), lower-case. */
  determiners: ReadonlySet<string>;
  /** Nouns a quoted name or slogan modifies (`the "…" hat`): the quoted words name a thing, nobody's speech. */
  namedThings: ReadonlySet<string>;
  /** Things whose printed words a quotation gives (`a shirt that read "…"`): nobody's speech. */
  printedThings: ReadonlySet<string>;
  /** Sentence openers that never begin a name ("Likewise", "Meanwhile"). */
  sentenceAdverbs: ReadonlySet<string>;
  /** Openers that make a sentence lean on the one before ("Instead", "by contrast"), lower-case. */
  contextOpeners: readonly string[];
  /** Photo captions and credits ("AP Photo/", "Pictured"). */
  captionCues: readonly RegExp[];
}

export interface Pronoun {
  number: 'singular' | 'plural';
  gender: 'm' | 'f' | null;
  /** "his" and "their" only ever modify a noun: they never stand for a speaker on their own. */
  possessive: boolean;
  /** The pronoun's case in pronouns.tsv: only a subject pronoun is the subject of the verb after it. */
  grammaticalCase: 'subject' | 'object' | 'possessive' | 'reflexive';
}

/** parties.tsv: each column's words, "-" left out. */
function readParties(): Lexicons['parties'] {
  const rows = readLines('parties.tsv').map((line) => {
    const cells = line.split('\t');
    if (cells.length !== 3) throw new Error(`parties.tsv: expected "member<TAB>members<TAB>adjective" in line "${line}"`);
    return cells;
  });
  const column = (k: number): Set<string> => new Set(rows.map((row) => row[k] ?? '-').filter((w) => w !== '-'));
  return { members: column(0), plurals: column(1), adjectives: column(2) };
}

/** outlets.tsv, read once: each host's outlet, and the outlets' names of two words or more without "The", lower case. */
function readOutlets(): { outletHosts: Map<string, string>; outletNames: Set<string> } {
  const rows = readLines('outlets.tsv').map((line): [string, string] => {
    const [host, name] = line.split('\t');
    if (!host || !name) throw new Error(`outlets.tsv: expected "host<TAB>name" in line "${line}"`);
    return [host.toLowerCase(), name];
  });
  const names = rows.map(([, name]) => name.replace(/^The /, '').toLowerCase());
  return { outletHosts: new Map(rows), outletNames: new Set(names.filter((name) => name.includes(' '))) };
}

/**
 * The first-name lists, each read once: gender by name (a name in both Moby lists, or in unisex.txt, has none; added.tsv
 * joins the lists), all of them, and the sex a name in both lists mostly leans to (leaning.tsv).
 */
function readFirstNames(): { firstNames: Map<string, 'm' | 'f'>; givenNames: Set<string>; leaningNames: Map<string, 'm' | 'f'> } {
  const read = (list: string): Set<string> => new Set(readLines(`first-names/${list}.txt`).map((n) => n.toLowerCase()));
  const [female, male, both] = [read('female'), read('male'), read('unisex')];
  // Common names Moby lacks join its lists, each under its sex; common words it lists ("Mayor", "Hi") leave them.
  for (const [name, sex] of readLines('first-names/added.tsv').map((line) => parseSexed(line, 'added.tsv'))) (sex === 'f' ? female : male).add(name);
  for (const word of readLines('first-names/not-given.txt')) for (const list of [female, male]) list.delete(word);
  const firstNames = new Map<string, 'm' | 'f'>();
  // Names both sexes bear that the lists give to one ("Taylor") say no more than a name in both lists.
  for (const n of female) if (!male.has(n) && !both.has(n)) firstNames.set(n, 'f');
  for (const n of male) if (!female.has(n) && !both.has(n)) firstNames.set(n, 'm');
  const leaningNames = new Map(readLines('first-names/leaning.tsv').map((line) => parseSexed(line, 'leaning.tsv')));
  return { firstNames, givenNames: new Set([...female, ...male, ...both]), leaningNames };
}

function parseSexed(line: string, file: string): [string, 'm' | 'f'] {
  const [name = '', sex] = line.split('\t');
  if (sex !== 'm' && sex !== 'f') throw new Error(`first-names/${file}: expected "name<TAB>m|f" in line "${line}"`);
  return [name.toLowerCase(), sex];
}

function parsePronoun(line: string): [string, Pronoun] {
  const [word = '', number, gender, grammaticalCase] = line.split('\t');
  if (number !== 'singular' && number !== 'plural') throw new Error(`pronouns.tsv: bad number in line "${line}"`);
  if (grammaticalCase !== 'subject' && grammaticalCase !== 'object' && grammaticalCase !== 'possessive' && grammaticalCase !== 'reflexive')
    throw new Error(`pronouns.tsv: bad case in line "${line}"`);
  return [word, { number, gender: gender === 'm' || gender === 'f' ? gender : null, possessive: grammaticalCase === 'possessive', grammaticalCase }];
}

const KINDS: readonly UnconfirmedKind[] = ['hedged', 'allegation', 'unverified', 'anonymous-source', 'gap', 'disputed'];

function parseKind(kind: string | undefined, line: string): UnconfirmedKind {
  const found = KINDS.find((k) => k === kind);
  if (!found) throw new Error(`unconfirmed-cues.tsv: unknown kind in line "${line}"`);
  return found;
}

function loadLexicons(): Lexicons {
  // Bare and -s forms of the GGT list are nouns too often ("points", "report", "estimates"): only past forms are taken.
  const ggt = readLines('ggt-quote-verbs/quote_verb_list.txt').filter((v) => /ed$/.test(v) || v === 'said' || v === 'told' || v === 'wrote');
  const verbs = new Set([...readLines('reporting-verbs.txt'), ...ggt]);
  const concern = readLines('concern-cues.txt').join('|');
  const calendar = readLines('calendar.tsv').map((line) => line.split('\t') as [string, string]);
  const ofKind = (kind: string): string[] => calendar.filter(([, k]) => k === kind).map(([word]) => word);
  const unconfirmed = readLines('unconfirmed-cues.tsv').map((line): UnconfirmedCue => {
    const [pattern = '', kind, likelihood, check] = line.split('\t');
    const sense = CHECKS.find((c) => c === check) ?? null;
    if (check && !sense) throw new Error(`unconfirmed-cues.tsv: unknown sense check in line "${line}"`);
    return {
      // "believe that's what it costs": a cue ending in "that" that a clitic follows is the pronoun, not the conjunction.
      pattern: new RegExp(`\\b(?:${pattern})\\b(?!(?<=\\bthat)[\\u2019'](?:s|ll|d)\\b)`, 'i'),
      kind: parseKind(kind, line),
      likelihood: likelihood ? likelihood : null,
      check: sense,
    };
  });
  return Object.freeze({
    reportingVerbs: verbs,
    titles: new Set(readLines('titles.txt')),
    titleAbbreviations: new Map(readLines('title-abbreviations.tsv').map((line) => line.split('\t') as [string, string])),
    orgWords: new Set(readLines('org-words.txt')),
    abbreviations: new Set(readLines('abbreviations.txt')),
    irregularPast: new Set(readLines('irregular-past.txt')),
    stateAbbreviations: new Set(readLines('state-abbreviations.txt')),
    regions: new Set(readLines('regions.txt')),
    sentenceStarters: new Set(readLines('sentence-starters.txt')),
    countries: new Set(readLines('countries.txt')),
    demonyms: new Set(readLines('demonyms.txt')),
    concernCues: new RegExp(`\\b(?:${concern})\\b`, 'gi'),
    concernVoicing: new RegExp(`\\b(?:${readLines('concern-voicing.txt').join('|')})\\b`, 'i'),
    voiceMarkers: new RegExp(`["“”]|''|\\baccording to\\b|\\b(?:${readLines('voice-markers.txt').join('|')})\\b`, 'i'),
    harmWords: new RegExp(`\\b(?:${readLines('harm-words.txt').join('|')})\\b`, 'gi'),
    criticismWords: new RegExp(`\\b(?:${readLines('criticism-words.txt').join('|')})\\b`, 'gi'),
    concernNegators: new RegExp(`\\b(?:${readLines('concern-negators.txt').join('|')})\\b`, 'i'),
    pointerNouns: new Set(readLines('pointer-nouns.txt')),
    worryAdjectives: new Set(readLines('worry-adjectives.txt')),
    harmRemedies: new RegExp(
      `(?<![\\p{L}-])(?:${readLines('harm-remedies.txt').join('|')})\\s+(?:(?:the|a|an|all|any|this|that|these|those|such|its|their|his|her|our|your|my|acts of)\\s+)?(?:(?:risks?|threats?|dangers?|chances?|likelihood|incidence|spread)\\s+of\\s+(?:the\\s+)?)?(?:(?!(?:in|into|to|with|by|up|of|on|for|at|as)\\s|\\p{L}+ly\\s)\\p{L}+\\s+)?$`,
      'iu',
    ),
    concernUnfounded: new RegExp(`\\b(?:${readLines('concern-unfounded.txt').join('|')})\\b`, 'i'),
    unconfirmedCues: unconfirmed,
    pronouns: new Map(readLines('pronouns.tsv').map(parsePronoun)),
    weekdays: ofKind('weekday'),
    months: ofKind('month'),
    calendarWords: new Set(calendar.map(([word]) => word)),
    notNames: new Set(readLines('not-names.txt')),
    speakingRoles: new Set(readLines('speaking-roles.txt')),
    sentenceAdverbs: new Set(readLines('sentence-adverbs.txt')),
    documentWords: new Set(readLines('document-words.txt')),
    notHolderHeads: new Set(readLines('not-holder-heads.txt')),
    functionWords: new Set(readLines('function-words.txt')),
    determiners: new Set(readLines('determiners.txt')),
    namedThings: new Set(readLines('named-things.txt')),
    printedThings: new Set(readLines('printed-things.txt')),
    outletTails: new Set(readLines('outlet-name-tails.txt')),
    gatheringWords: new Set(readLines('gathering-words.txt')),
    listenerVerbs: new Set(readLines('listener-verbs.txt')),
    courtesyTitles: new Set(readLines('courtesy-titles.txt')),
    timeAdverbs: new Set(readLines('time-adverbs.txt')),
    nameParticles: new Set(readLines('name-particles.txt')),
    epithetHeads: new Set(readLines('epithet-heads.txt')),
    nameSuffixes: new Set(readLines('name-suffixes.txt')),
    newsroomRoles: readLines('newsroom-roles.txt'),
    postNominals: new Set(readLines('post-nominals.txt')),
    notRoles: new Set(readLines('not-roles.txt')),
    clauseHeads: new Set(readLines('clause-heads.txt')),
    titleQualifiers: new Set(readLines('title-qualifiers.txt')),
    parties: readParties(),
    ...readOutlets(),
    ...readFirstNames(),
    contextOpeners: readLines('summary-context-openers.txt'),
    captionCues: readLines('summary-caption-cues.txt').map((p) => new RegExp(p, 'i')),
  });
}

let cached: Lexicons | undefined;

/** The word lists, read from disk on first use. */
export function lexicons(): Lexicons {
  cached ??= loadLexicons();
  return cached;
}
