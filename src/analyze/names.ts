// Finds people and organisations named in the article and resolves short mentions to full names.
import { lexicons } from '../lexicon.js';
import type { Sentence, SpeakerKind } from '../types.js';
import { isVerb } from './phrases.js';
import { bare, isCapitalised, isPossessive, tokenize, type Token } from './tokens.js';

/** Lower-case words that may join capitalised words inside one name or title. */
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'da', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'y']);
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos']);
const SUFFIXES = new Set(['Jr.', 'Sr.', 'Jr', 'Sr', 'II', 'III', 'IV']);
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'As', 'But', 'And', 'Or', 'If', 'It', 'He', 'She', 'They', 'We', 'I', 'You',
  'His', 'Her', 'Their', 'Its', 'Our', 'This', 'That', 'These', 'Those', 'There', 'When', 'While', 'After', 'Before',
  'However', 'Meanwhile', 'According', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'God', 'Internet', 'Web',
]);

export interface NameMention {
  /** The name as resolved from this mention alone ("John Hill", or "Hill"). */
  name: string;
  title: string | null;
  kind: SpeakerKind;
  /** Absolute position: sentence index and offset inside the sentence text. */
  sentence: number;
  start: number;
  end: number;
  /** The word before the mention, to tell subjects from objects. */
  before: string;
  /** True when the mention stands inside quotation marks. */
  quoted: boolean;
  /** The capitalised words as they stand, e.g. "Movement for Democratic Change". */
  run: string;
  /** True when the mention looks like the subject of its clause (sentence start, or a verb follows). */
  subject: boolean;
}

export interface NameIndex {
  mentions: NameMention[];
  /** Surname (or any single name part) → fullest person name seen. */
  fullNames: Map<string, string>;
  /** Full person name → a title found beside it. */
  titles: Map<string, string>;
  /** Short names the article introduces for a long one: "Bagong Alyansang Makabayan (…) or Bayan", "X (MDC)". */
  aliases: Map<string, string>;
}

export function isTitleWord(word: string): boolean {
  const w = bare(word).toLowerCase().replace(/\.$/, '');
  // "Brigadier-General", "Vice-Chairman": a hyphenated title whose parts are titles.
  return lexicons().titles.has(w) || (w.includes('-') && w.split('-').every((part) => lexicons().titles.has(part)));
}

function isOrgWord(word: string): boolean {
  return lexicons().orgWords.has(bare(word).toLowerCase().replace(/\.$/, ''));
}

export interface CapitalRun {
  tokens: Token[];
  text: string;
  start: number;
  end: number;
}

/** Runs of capitalised words, allowing connectors such as "of" between them. */
export function capitalRuns(tokens: readonly Token[]): CapitalRun[] {
  const runs: CapitalRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !isCapitalised(t.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    let last = i;
    while (j < tokens.length) {
      const u = tokens[j]!;
      if (u.kind === 'word' && isCapitalised(u.text) && !isPossessive(tokens[last]!.text)) last = j;
      else if (u.kind === 'word' && CONNECTORS.has(u.text) && j + 1 < tokens.length && tokens[j + 1]!.kind === 'word' && isCapitalised(tokens[j + 1]!.text)) {
        /* a connector inside a name, kept if a capital follows */
      } else if (u.kind === 'punct' && u.text === '-' ) {
        /* hyphenated name parts */
      } else break;
      j++;
    }
    const run = tokens.slice(i, last + 1);
    runs.push({ tokens: run, text: run.map((r) => r.text).join(' '), start: run[0]!.start, end: run[run.length - 1]!.end });
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

/** Splits a capital run into title and name: "Deputy Secretary of Defense John Hill" → title + "John Hill". */
export function nameFromRun(run: readonly Token[]): RunName | null {
  const words = run.map((t) => t.text);
  while (words.length > 0 && NOT_NAMES.has(words[0]!)) words.shift();
  if (words.length === 0) return null;
  const lastWord = bare(words[words.length - 1]!);
  if (isOrgWord(lastWord) || words.some((w) => /^(?:[A-Z]\.){2,}$/.test(w)) && words.length === 1) {
    const name = words.map(bare).join(' ').replace(/^the /i, '');
    return { name, title: null, kind: 'organisation', words: words.map(bare) };
  }
  // "Royal Swedish Academy of Sciences": an organisation word anywhere, and no title, makes the whole run an organisation.
  if (words.length >= 3 && words.some((w) => isOrgWord(w)) && !words.some((w) => isTitleWord(w))) {
    return { name: words.map(bare).join(' ').replace(/^the /i, ''), title: null, kind: 'organisation', words: words.map(bare) };
  }
  const nameWords: string[] = [];
  let k = words.length - 1;
  if (SUFFIXES.has(words[k]!)) nameWords.unshift(words[k--]!);
  while (k >= 0 && nameWords.length < 4) {
    const w = bare(words[k]!);
    if (isTitleWord(w) || isOrgWord(w) || NOT_NAMES.has(w)) break;
    if (CONNECTORS.has(w) && !NAME_PARTICLES.has(w)) break;
    if (/^(?:[A-Z]\.){2,}$/.test(w)) break;
    nameWords.unshift(w);
    k--;
  }
  while (nameWords.length > 0 && NAME_PARTICLES.has(nameWords[0]!)) nameWords.shift();
  if (nameWords.length === 0) {
    if (words.length === 1 && isTitleWord(words[0]!)) return null;
    return { name: words.map(bare).join(' '), title: null, kind: 'organisation', words: words.map(bare) };
  }
  const titleWords = words.slice(0, k + 1);
  // Capitals before the name that hold no title word are a list ("Pyongyang and Tehran"), not a title.
  const title = titleWords.some((w) => isTitleWord(w)) ? titleWords.join(' ') : null;
  return { name: nameWords.join(' '), title, kind: 'person', words: nameWords };
}

const ROLE_NOUN = /(?:er|or|ist|man|woman|ian|ant|ent|eer|chief|head|official|spokesperson|leader|minister|secretary|officer|director|owner|expert)$/;
const NOT_ROLE = new Set(['over', 'under', 'after', 'other', 'whether', 'either', 'neither', 'together', 'never', 'ever', 'later', 'rather', 'further', 'per', 'for', 'or', 'nor', 'however', 'upper', 'lower', 'order', 'center', 'centre', 'government', 'agreement', 'statement', 'parliament', 'moment', 'event', 'percent', 'recent', 'current', 'different', 'want', 'important', 'significant', 'major', 'minor', 'border', 'number', 'member', 'summer', 'winter', 'october', 'november', 'december', 'september']);

/** Lower-case role words right before a name ("motel owner") become its title. */
function roleBefore(tokens: readonly Token[], runStart: number): string | null {
  const words: string[] = [];
  for (let i = runStart - 1; i >= 0 && words.length < 4; i--) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || isCapitalised(t.text) || CONNECTORS.has(t.text) || /['’]/.test(t.text)) break;
    words.unshift(t.text);
  }
  const head = words[words.length - 1];
  if (!head || NOT_ROLE.has(head) || !(ROLE_NOUN.test(head) || lexicons().titles.has(head))) return null;
  while (words.length > 1 && (/^(a|an|the|his|her|their|its|by|said|says|told|to|with|and|of|as|when|while|that|which|who)$/.test(words[0]!) || lexicons().reportingVerbs.has(words[0]!))) words.shift();
  return words.join(' ');
}

/** A role in apposition after a name: "Luca Bianchi, the mayor of Faenza, said" → "mayor of Faenza". */
function roleAfter(tokens: readonly Token[], last: number): string | null {
  if (tokens[last + 1]?.text !== ',' || !/^(the|a|an)$/i.test(tokens[last + 2]?.text ?? '')) return null;
  const words: string[] = [];
  for (let i = last + 3; i < tokens.length && words.length < 8; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || isVerb(t) || /^(who|which|that|said|says)$/i.test(t.text)) break;
    words.push(t.text);
  }
  const head = words.findIndex((w) => !isCapitalised(w) && !CONNECTORS.has(w));
  if (head < 0 || !(ROLE_NOUN.test(words[head]!) || lexicons().titles.has(words[head]!)) || NOT_ROLE.has(words[head]!)) return null;
  return words.join(' ');
}

/** Evidence that a capitalised name is a person: a title, a role, a reporting verb or an appositive beside it. */
function personEvidence(tokens: readonly Token[], first: number, last: number, title: string | null): boolean {
  if (title) return true;
  const next = tokens[last + 1];
  const after = tokens[last + 2];
  if (next && isVerb(next)) return true;
  if (next?.text === ',' && after && /^(who|a|an|the|whose|said|says|told)$/i.test(after.text)) return true;
  const prev = tokens[first - 1];
  // "…," said John Smith, — an inverted attribution, not "said South Australia should…".
  return !!prev && /^(said|says|added)$/i.test(prev.text) && (!next || next.kind === 'punct');
}

const AUXILIARY = /^(has|had|have|was|is|were|are|will|would|also|later|then|later|told|said|says|added|wrote|noted|stressed|argued|called|warned|explained|insisted|stated|did|does|could|can|may|might|should|must)$/;

function isSubject(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (next && next.kind === 'word' && (AUXILIARY.test(next.text) || isVerb(next))) return true;
  if (first === 0) return true;
  const prev = tokens[first - 1]!;
  // "according to X" names the source of what follows.
  if (prev.text.toLowerCase() === 'to' && tokens[first - 2]?.text.toLowerCase() === 'according') return true;
  // "Conservative party leader Michael Howard, …": only role words stand before the name.
  const lead = tokens.slice(0, first);
  if (lead.length <= 6 && lead.every((t) => t.kind === 'word' && !isVerb(t) && !OBJECT_PREPOSITIONS.has(t.text.toLowerCase()) && !/^(in|at|as|after|when|while|but|and)$/i.test(t.text))) return true;
  // ", Rep. Teodoro Casiño, also of Bayan Muna, said": a name set off by commas early in the sentence.
  return prev.kind === 'punct' && prev.text === ',' && first < 12 && !!next && ((next.kind === 'word' && !isCapitalised(next.text)) || next.text === ',');
}

/** "America Vera-Zavala of Sweden's Left Forum": a two-word name before "of" is a person, the rest where they are from. */
export function personBeforeOf(run: CapitalRun): CapitalRun {
  const cut = run.tokens.findIndex((t) => t.text === 'of' || t.text === 'for');
  if (cut < 2) return run;
  const head = run.tokens.slice(0, cut);
  if (head.some((t) => isTitleWord(t.text) || isOrgWord(t.text) || NOT_NAMES.has(t.text))) return run;
  return { tokens: head, text: head.map((t) => t.text).join(' '), start: head[0]!.start, end: head[head.length - 1]!.end };
}

const ALIAS = /((?:[A-Z][\p{L}'’-]+)(?:\s+(?:of|for|and|the|[A-Z][\p{L}'’-]+))+)\s*\(([^()]{1,60})\)(?:,?\s+or\s+(?:the\s+)?([A-Z][\p{L}-]+))?/gu;

function findAliases(sentences: readonly Sentence[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(ALIAS)) {
      const full = m[1]!.replace(/^The /, '');
      if (m[3]) aliases.set(m[3], full);
      if (/^[A-Z][\p{L}-]*$/u.test(m[2]!)) aliases.set(m[2]!, full);
    }
  }
  return aliases;
}

/** Builds the index of names across all sentences (text outside and inside quotation marks alike). */
export function indexNames(sentences: readonly Sentence[], quoted: (s: Sentence, offset: number) => boolean = () => false): NameIndex {
  const mentions: NameMention[] = [];
  const fullNames = new Map<string, string>();
  const titles = new Map<string, string>();
  const candidates: Array<{ mention: NameMention; words: string[]; evidence: boolean }> = [];
  for (const s of sentences) {
    const tokens = tokenize(s.text);
    for (const whole of capitalRuns(tokens)) {
      const run = personBeforeOf(whole);
      const first = tokens.indexOf(run.tokens[0]!);
      const last = tokens.indexOf(run.tokens[run.tokens.length - 1]!);
      const found = nameFromRun(run.tokens);
      if (!found) continue;
      const title = found.title ?? (found.kind === 'person' ? roleBefore(tokens, first) ?? roleAfter(tokens, last) : null);
      const before = first > 0 ? tokens[first - 1]!.text.toLowerCase() : '';
      const mention: NameMention = { name: found.name, title, kind: found.kind === 'person' ? 'unknown' : found.kind, sentence: s.index, start: run.start, end: run.end, before, quoted: quoted(s, run.start), subject: isSubject(tokens, first, last), run: run.tokens.map((t) => t.text).join(' ').replace(/^(The|A|An) /, '') };
      mentions.push(mention);
      if (found.kind === 'person') candidates.push({ mention, words: found.words, evidence: personEvidence(tokens, first, last, title) });
    }
  }
  // Single names the article uses as a speaker or subject ("Hill stressed", "Yoon said").
  const alone = new Set(candidates.filter((c) => c.words.length === 1 && c.evidence).map((c) => c.words[0]!));
  // "Zimbabwe Morgan Tsvangirai": a first word that the article also uses on its own, and not as a person, is a modifier.
  const singles = new Set(mentions.filter((m) => m.run.split(' ').length === 1).map((m) => m.run));
  for (const c of candidates) {
    if (c.words.length >= 3 && singles.has(c.words[0]!) && !alone.has(c.words[0]!) && !singles.has(c.words[c.words.length - 1]!)) {
      c.words = c.words.slice(1);
      c.mention.name = c.words.join(' ');
    }
  }
  // Surnames used alone mark the full name they end (or, family name first, begin) as a person.
  for (const c of candidates) {
    const surname = c.words.filter((w) => !SUFFIXES.has(w)).pop()!;
    // Family name first ("Yoon Suk Yeol" … "Yoon said"): the first word is the short form when the article uses it so.
    const familyFirst = c.words.length >= 2 && alone.has(c.words[0]!) && !singles.has(surname);
    if (c.words.length >= 2 && (c.evidence || alone.has(surname) || familyFirst)) {
      c.mention.kind = 'person';
      const short = familyFirst ? c.words[0]! : surname;
      const known = fullNames.get(short);
      if (!known || known.split(' ').length < c.words.length) fullNames.set(short, c.mention.name);
      if (c.mention.title && !titles.has(c.mention.name)) titles.set(c.mention.name, c.mention.title);
    }
  }
  for (const c of candidates) {
    if (c.mention.kind === 'person') continue;
    if (c.words.length === 1 && (fullNames.has(c.words[0]!) || (c.evidence && c.mention.title))) {
      c.mention.kind = 'person';
      if (c.mention.title && !titles.has(c.mention.name)) titles.set(c.mention.name, c.mention.title);
    }
  }
  return { mentions, fullNames, titles, aliases: findAliases(sentences) };
}

/** True when the article gives evidence that this name is a person. */
export function isKnownPerson(index: NameIndex, name: string): boolean {
  return index.mentions.some((m) => m.kind === 'person' && (m.name === name || fullName(index, m.name) === name));
}

/** The fullest form of a person's name that the article gives. */
export function fullName(index: NameIndex, name: string): string {
  const parts = name.split(' ');
  if (parts.length === 1) return index.fullNames.get(name) ?? nearSurname(index, name) ?? name;
  const surname = parts[parts.length - 1]!;
  const longer = index.fullNames.get(surname);
  return longer && longer.split(' ').length > parts.length && longer.endsWith(name.split(' ').slice(-1)[0]!) ? longer : name;
}

/** A surname the article spells once with one letter changed ("Leibowitz" for "Leibovitz"): reporters' typos, not new people. */
function nearSurname(index: NameIndex, name: string): string | null {
  if (name.length < 6) return null;
  for (const [surname, full] of index.fullNames) {
    if (surname.length !== name.length || surname.slice(0, 2) !== name.slice(0, 2)) continue;
    let diff = 0;
    for (let i = 0; i < name.length && diff < 2; i++) if (surname[i] !== name[i]) diff++;
    if (diff === 1) return full;
  }
  return null;
}

const OBJECT_PREPOSITIONS = new Set(['with', 'to', 'of', 'by', 'from', 'against', 'for', 'about', 'on', 'at', 'into', 'toward', 'towards', 'between', 'among']);

function mentionBefore(m: NameMention, sentence: number, offset: number): boolean {
  return m.sentence < sentence || (m.sentence === sentence && m.start < offset);
}

/** The person a pronoun most likely means: the latest person in subject position, else the latest named at all. */
export function recentPerson(index: NameIndex, sentence: number, offset: number): NameMention | null {
  let fallback: NameMention | null = null;
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i]!;
    if (!mentionBefore(m, sentence, offset)) continue;
    if (sentence - m.sentence > 6) break;
    if (m.kind !== 'person' || m.quoted) continue;
    if (m.subject && sentence - m.sentence <= 3) return m;
    if (!fallback && !OBJECT_PREPOSITIONS.has(m.before)) fallback = m;
  }
  return fallback;
}

/** The person a role phrase means ("the premier" → Alan Carpenter): the latest person whose title ends in that role. */
export function personByRole(index: NameIndex, role: string, sentence: number, offset: number): NameMention | null {
  const head = role.toLowerCase();
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i]!;
    if (m.kind !== 'person' || !mentionBefore(m, sentence, offset)) continue;
    const title = (m.title ?? index.titles.get(fullName(index, m.name)) ?? '').toLowerCase();
    if (title.split(/\s+/).pop() === head) return m;
  }
  return null;
}

/** The body a bare "a spokesperson" speaks for: the latest organisation in subject position, a few sentences back at most. */
export function recentOrganisation(index: NameIndex, sentence: number, offset: number): NameMention | null {
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i]!;
    if (!mentionBefore(m, sentence, offset)) continue;
    if (sentence - m.sentence > 3) break;
    if (m.kind === 'organisation' && m.subject && !m.quoted) return m;
  }
  return null;
}

const SMALL_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'de']);

/** The long form of an acronym the article spells out: "ACF" → "Australian Conservation Foundation". */
export function expandAcronym(index: NameIndex, acronym: string): string | null {
  if (!/^[A-Z]{2,7}$/.test(acronym)) return null;
  for (const m of index.mentions) {
    const words = m.run.split(/\s+/).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
    if (words.length >= 2 && words.map((w) => w[0]).join('') === acronym) return m.run;
  }
  return null;
}
