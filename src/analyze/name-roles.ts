// The role words beside a name that become its title: "motel owner Ann Lee", "Luca Bianchi, the mayor of Faenza,".
import { withoutOwnerLeftOpen } from './owner-left-open.js';
import { closesOnAffiliation, isAffiliation } from './affiliation.js';
import { isPartyName } from './party-words.js';
import { lexicons } from '../lexicon.js';
import { campusAfter } from './campus.js';
import { isConnector } from './capital-runs.js';
import { isCourtesy } from './name-words.js';
import { isVerb } from './phrases.js';
import { isArticle, isCapitalised, type Token } from './tokens.js';
import { singularRole } from './singular-role.js';
import { isVerbWord, roleOnly } from './role-only.js';
import { ROLE_PHRASE_PREP, firstLowerRole, keepsWholeApposition, nameRunPast, opensClause } from './role-cut.js';
import { cutRole } from './role-institution.js';
import { hasAge, withoutAge } from './age-aside.js';
import { thenRole } from './then-role.js';
import { capitalsBeforeRole, domainRoleBefore } from './body-before-role.js';
import { partitiveBefore, partitiveRole } from './partitive-role.js';
import {
  COMPARES,
  closesApposition,
  isAppositionWord,
  isBareRoleAt,
  isBodiedRoleAt,
  isCapitalRoleAt,
  isRoleEnd,
  isPlacedRole,
  isRoleText,
  joinsRoles,
  possessedRole,
  roleOfBodyBefore,
  VERB_ADVERB,
} from './bare-role.js';

/** Verbs that introduce a name with a role ("I hope president-elect Lee", "thanked chairman Ruiz"): never part of the role. */
const VERB_BEFORE_ROLE =
  /^(hope|hopes|hoped|think|thinks|thought|believe|believes|believed|wish|wishes|wished|expect|expects|expected|congratulate|congratulated|thank|thanked)$/;

/** A phrase without its leading article or possessive: "the mayor" → "mayor". */
export const stripDeterminer = (text: string): string => text.replace(/^(the|a|an|his|her|their|its)\s+/i, '').trim();

/** Words of fame that title the name right after them ("conservative icon Phyllis Schlafly"). Not "star": "the star" resolves to whoever the
 *  article titled "… star" (a first version sent "the “Avatar” star" Zoe Saldana's words to Selenis Leyva, "Orange Is the New Black" star). */
const FAME = /^(?:legend|icon)$/;

/** Title words that only qualify a role ("finance minister"): alone before a name ("to finance Jerry's purchase"), they are no title. */
const MODIFIER_ONLY = /^(?:senior|junior|foreign|defen[cs]e|interior|finance|trade|health|justice|home|state|federal|national|opposition)$/;

/** Whether the sentence opens on up to eight words alone before the comma at `comma` (not a clause), and a verb follows the name at `next`. */
const opensOnRole = (tokens: readonly Token[], comma: number, next: number): boolean =>
  comma <= 8 && isVerb(tokens[next]) && tokens.slice(0, comma).every((t) => t.kind === 'word');

/** Lower-case role words right before a name ("motel owner") become its title. */
export function roleBefore(tokens: readonly Token[], runStart: number, runEnd = runStart): string | null {
  const words: string[] = [];
  const comma = tokens[runStart - 1]?.text === ',';
  // "The foreign secretary, Jack Straw, arrived": a role set off by a comma, its name in apposition (closed by a comma or the sentence's end, or after "and").
  // "Queensland's opposition leader, Jeff Seeney said": a role that opens the sentence, its name the subject of the verb after it.
  const closed = closesApposition(tokens, runEnd + 1) || (comma && (opensOnRole(tokens, runStart - 1, runEnd + 1) || closesOnAffiliation(tokens, runEnd + 1)));
  const set = comma && (/^(and|,)$/.test(tokens[runStart - 3]?.text ?? '') || closed) ? runStart - 1 : runStart;
  const bodied = set < runStart && closed ? (partitiveBefore(tokens, set) ?? roleOfBodyBefore(tokens, set)) : domainRoleBefore(tokens, set);
  if (bodied) return bodied;
  for (let i = set - 1; i >= 0 && words.length < 4; i--) {
    const t = tokens[i];
    if (!t || t.kind !== 'word') break;
    const titled = set < runStart && lexicons().titles.has(t.text.toLowerCase()); // "The Foreign Secretary, Jack Straw,": capitals in apposition
    if ((isCapitalised(t.text) && !titled) || (isConnector(t.text) && !joinsRoles(tokens, i)) || /['’]/.test(t.text)) break;
    // "thanked his predecessor John Howard", "sent by chairman Marcelo Claure": a possessive or preposition opens the role's phrase.
    if (/^(his|her|their|its|our|my|your|by|from|with|to|for|at|in|on|about|that|which|who|(?!(?:1[89]|20)\d\d$)\d[\d,.]*)$/.test(t.text)) break; // "Dec. 21 that investor"; "2012 nominee" keeps its year
    // "I hope president-elect Lee": a verb of the clause before the name is no part of the role.
    if (/^(he|she|they|we|i|you|it)$/.test(t.text) || VERB_BEFORE_ROLE.test(t.text) || isVerb(t)) break;
    words.unshift(t.text);
  }
  // "Like the president, Tom Hill …": a role after a preposition compares, it is not set off as the name's own.
  const stop = set - 1 - words.length;
  const opener = tokens[isArticle(tokens[stop]?.text ?? '') ? stop - 1 : stop]?.text ?? '';
  if (set < runStart && COMPARES.test(opener)) return null;
  const head = words[words.length - 1]?.toLowerCase();
  // "under former Philippines president …": a qualifier ("former") before a capitalised title is no role of its own.
  if (
    !head ||
    lexicons().notRoles.has(head) ||
    lexicons().titleQualifiers.has(head) ||
    MODIFIER_ONLY.test(head) ||
    // "The editor of Il Manifesto newspaper, Gabriele Polo": a publication set off before a name is where the role works.
    (set < runStart && /^(?:newspaper|magazine|tabloid|broadsheet|website)$/.test(head)) ||
    !(isRoleText(head.replace(/^(?:co|vice|deputy|acting)-/, '')) || FAME.test(head)) // "co-CEO" is a CEO
  )
    return null;
  const collected = words.length;
  while (
    words.length > 1 &&
    (/^(a|an|the|his|her|their|its|by|said|says|told|to|with|and|of|as|when|whil(?:e|st)|that|which|who)$/.test(words[0] ?? '') ||
      lexicons().reportingVerbs.has(words[0] ?? ''))
  )
    words.shift();
  // "Just ask former senator …": the capitals belong to the role only where they stand right before its words.
  if (words.length === collected) words.unshift(...capitalsBeforeRole(tokens, stop));
  return words.join(' ');
}

/** A role in apposition after a name: "Luca Bianchi, the mayor of Faenza, said" → "mayor of Faenza". */
export function roleAfter(tokens: readonly Token[], last: number): string | null {
  if (hasAge(tokens, last)) return roleAfter(withoutAge(tokens, last), last);
  if (/^[JS]r$/.test(tokens[last]?.text ?? '') && tokens[last + 1]?.text === '.') return roleAfter(tokens, last + 1); // "James Kennedy Jr.,"
  if (tokens[last + 2]?.text === 'then') return thenRole(tokens, last, roleAfter); // "Susan Crawford, then Maples's literary agent,"
  if (tokens[last + 1]?.text !== ',') return null;
  const owned = possessedRole(tokens, last + 2) ?? partitiveRole(tokens, last + 2); // "Jack Dorsey, Twitter's chief executive, said"
  if (owned) return owned;
  // "Grant Young, another Republican strategist, said": "another" opens the role as an article does.
  const article = isArticle(tokens[last + 2]?.text ?? '') || tokens[last + 2]?.text === 'another';
  // "Erkki Liikanen, governor at the Bank of Finland, also commented": a role may stand without its article, if closed (not "Lee, mayor and …").
  const bare = tokens[last + 2];
  const capital = !article && isCapitalRoleAt(tokens, last + 2);
  const titled =
    !article && bare?.kind === 'word' && ((!isCapitalised(bare.text) && isBareRoleAt(tokens, last + 2)) || isBodiedRoleAt(tokens, last + 2) || capital);
  if (!article && !titled) return null;
  const words: string[] = [];
  const start = last + (article ? 3 : 2);
  let i = start;
  for (; i < tokens.length && words.length < 14; i++) {
    const t = tokens[i];
    if (!t || !isAppositionWord(tokens, i)) break;
    words.push(t.text);
  }
  const campus = campusAfter(tokens, i, words);
  if (campus.length > 0) words.splice(words.length - 1, 1, `${words.at(-1)},`, ...campus);
  i += campus.length > 0 ? campus.length + 1 : 0;
  // Up to 8 words, unless the cap would cut a closed apposition badly ("head of the UN Office for the Coordination of Humanitarian Affairs,").
  const closed = closesApposition(tokens, i);
  const whole = closed && keepsWholeApposition(words, tokens.slice(start + 8, start + 10), article, isRoleText);
  const full = [...words];
  // Not mid-name ("at the University" of Miami), unless the name runs into a verb ("… of International Affairs told"): then the cap reads a role.
  const past = words.length > 8 ? nameRunPast(words, 8) : 0;
  if (words.length > 8 && !whole) i -= words.splice(8 + (isVerb(tokens[start + 8 + past]) ? 0 : past)).length;
  // "…, a senior official said": a role with its article, then a verb, is a new subject; a bare one ("Ian Tiley, mayor of X warns") closes there.
  const verb = tokens[VERB_ADVERB.test(tokens[i]?.text ?? '') ? i + 1 : i]; // "…, the mayor also said": past the adverb
  const reported = titled && lexicons().reportingVerbs.has(verb?.text ?? '');
  if ((isVerb(verb) || /^(said|says)$/i.test(verb?.text ?? '')) && !reported) return null;
  // A role without its article is closed, at the cap or past it, and opens on no clause ("Grant, defended his father on Tuesday").
  if (titled && (!(closed || reported || closesApposition(tokens, i)) || opensClause(words, isRoleText))) return null;
  // "the mayor of Faenza": the first lower-case word; "the Clinton campaign’s communications director": the noun the phrase ends on.
  const prep = words.findIndex((w) => ROLE_PHRASE_PREP.test(w));
  const lower = (w: string): boolean => !isCapitalised(w) && !isConnector(w);
  // After an article, the role word before the phrase ("the principal investigator behind …"); else the first lower-case word ("a University of
  // Vermont professor"), as a role without its article may be a clause ("Grant, defended his father …").
  // "a Republican National Committeeman from Georgia": a capitalised role word may end the words before the phrase.
  const span = words.slice(0, prep < 0 ? 3 : prep);
  const capitalHead = isRoleText(span.at(-1)?.toLowerCase()) ? span.at(-1)?.toLowerCase() : undefined;
  const head =
    (article ? (span.find((w) => lower(w) && isRoleText(w)) ?? capitalHead) : undefined) ??
    (capital ? words.map((w) => w.toLowerCase()).find(isRoleText) : firstLowerRole(words, lower, isRoleText));
  const ends = isRoleEnd((prep < 0 ? words : words.slice(0, prep)).at(-1), article);
  return isRoleText(head) || ends || isPlacedRole(words, prep) ? cutRole(words, tokens.slice(i, i + 2), full, closed).join(' ') : null;
}

/** The words before a name as its title: "our good friend" is a relation, not a title; a verb or a stray "s" left of the
 *  role goes ("hope president-elect" → "president-elect", "s former chief executive" → "former chief executive"). */
export function titleFrom(before: string): string | null {
  const words = stripDeterminer(before.replace(/,$/, '')).split(/\s+/).filter(Boolean);
  if (/^(our|my|your)$/i.test(words[0] ?? '')) return null;
  while (words.length > 1 && (/^s$/i.test(words[0] ?? '') || VERB_BEFORE_ROLE.test((words[0] ?? '').toLowerCase()) || isVerbWord(words[0] ?? '')))
    words.shift();
  return words.join(' ') || null;
}

/** Nouns for a kind of body that stand before its name ("the charity Oxfam", "security firm F-Secure"). */
export const BODY_NOUN =
  /^(group|charity|company|firm|agency|organi[sz]ation|body|watchdog|website|site|network|broadcaster|newspaper|paper|magazine|tabloid|daily|weekly|band|union|party|bank|lender|insurer|retailer|carrier|airline|maker|manufacturer|giant|provider|regulator|association|institute|think-tank|tank|publisher|studio|label|club|team|coalition|alliance|consultancy|foundation|developer|carmaker|automaker|chipmaker|supermarket|startup|start-up)$/;

/** Whether the words before a body's name only describe it ("the charity", "Spanish daily", "Campaign group" opening the
 *  sentence): then the name alone speaks ("Oxfam"), not "charity Oxfam". A preposition or verb among them ("officials at") is no description. */
export function isDescriptor(before: string, atSentenceStart: boolean): boolean {
  const words = stripDeterminer(before).split(/\s+/).filter(Boolean);
  // Only a kind of body describes it: "some Democrats", "one senior Democrat" name a group of people, not a body.
  if (words.length === 0 || words.length > 3 || !BODY_NOUN.test(words.at(-1)?.toLowerCase() ?? '')) return false;
  return words.every(
    (w, i) =>
      /^[\p{L}-]+$/u.test(w) &&
      (!isCapitalised(w) || lexicons().demonyms.has(w) || (i === 0 && atSentenceStart && w === before.split(/\s+/)[0])) &&
      !lexicons().functionWords.has(w.toLowerCase()),
  );
}

/** Whether a name's recorded title reads as a role: not missing, nor only a form of address ("Mr.", "Sir"), a party ("Democrat
 *  Bernie Sanders" says where he stands, not what office he holds) or an affiliation, which a later role replaces ("The Vermont senator"). */
export const hasRoleTitle = (titles: ReadonlyMap<string, string>, name: string): boolean => {
  const title = plainTitle(titles.get(name) ?? '');
  return title !== null && !isPartyName(title) && !isAffiliation(title);
};

/** A title without a form of address: "Chairman Sir" (Sir Archy Kirkwood) is a chairman; "Ms" or "Sir" alone is no role (null).
 *  A peer's "Lord" stays: "Lord Goldsmith" is how he is named. */
export function plainTitle(title: string): string | null {
  const plain = title.replace(/(?:^|\s+)(?:Sir|Dame)$|(?<=\S)\s+(?:Dr\.?|Prof\.?|Professor)$/u, '').trim(); // "Chief Medical Officer Professor"
  // "Morton Blackwell, 76-year-old": an age alone says how old, not what he is; "Dr" or "Prof" alone is how to address her, as "Ms" is.
  if (plain === '' || isCourtesy(plain) || /^(?:Dr|Prof)\.?$/.test(plain) || /^\d{1,3}-year-old$/.test(plain)) return null;
  const role = roleOnly(plain);
  return role === null ? null : singularRole(withoutOwnerLeftOpen(role));
}
