// Why: roles set off beside a name in shapes name-roles.ts (at its size limit) did not read: without an article, after a qualifier or
// a body's acronym ("Jennifer Palmieri, communications director for …,", "Javier Solana, EU foreign policy chief,"), two joined by
// "and" ("the writer and jewelry designer …"), a role with its body before the name ("The president of Refugees International, …"),
// and one opened by its owner's possessive ("Jack Dorsey, Twitter's chief executive,").
import { lexicons } from '../lexicon.js';
import { isEpithetHead, isKinWord, isRoleNoun } from './name-words.js';
import { isVerb } from './phrases.js';
import { isArticle, isCapitalised, isPossessive, joinedText, textsOf, type Token } from './tokens.js';

/** A plain lower-case word that may qualify a role ("policy", "communications"): no function word and no verb. */
const isQualifier = (t: Token | undefined): boolean =>
  t?.kind === 'word' && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !lexicons().functionWords.has(t.text) && !isVerb(t);

/** A word that names a role: a title or a role noun, and no word that only looks like one ("statement"). */
export const isRoleText = (w: string | undefined): boolean => w !== undefined && (isRoleNoun(w) || lexicons().titles.has(w)) && !lexicons().notRoles.has(w);
/** The noun a role ends on, no possessive: lower case, or after an article a title in capitals ("the Iranian President", "the Chancellor of …"). */
export const isRoleEnd = (word: string | undefined, article: boolean): boolean =>
  word !== undefined &&
  (!isCapitalised(word) || (article && lexicons().titles.has(word.toLowerCase()))) &&
  !/['’]s?$/.test(word) &&
  isRoleText(word.toLowerCase());
/** "a member of the House Armed Services Committee", "a fellow with …": nouns that name a role only with the body their preposition names. */
export const isPlacedRole = (words: readonly string[], prep: number): boolean =>
  prep > 0 && /^(?:member|fellow)$/.test(words[prep - 1] ?? '') && /^(?:of|at|with)$/.test(words[prep] ?? '');
const isRole = (t: Token | undefined): boolean => t?.kind === 'word' && /^\p{Ll}/u.test(t.text) && isRoleText(t.text);

/** Whether a role without its article starts at `k`: a title, a role noun before "of", "for", "at" or "with", or up to two
 *  qualifiers (or two joined by "and") before a title or role noun. */
export function isBareRoleAt(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k];
  if (first?.kind === 'word' && lexicons().titles.has(first.text)) return true;
  // "pastor of Coralville's Solid Rock Christian Church", "co-director of the Center …": a role noun its preposition places.
  if (isRole(first) && !lexicons().functionWords.has(first?.text ?? '') && /^(of|for|at|with)$/.test(tokens[k + 1]?.text ?? '')) return true;
  // Up to two qualifiers, or two joined by one "and" ("research and policy director of …").
  for (let j = k; j < k + 3 && (isQualifier(tokens[j]) || (j === k + 1 && tokens[j]?.text === 'and')); j++) {
    if (isRole(tokens[j + 1]) && (j < k + 2 || tokens[k + 1]?.text === 'and')) return true;
  }
  return false;
}

/** Whether the apposition that ends before `i` is closed: by a comma, or by the sentence's own full stop (quotes may follow). */
export const closesApposition = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === ',' ||
  (tokens[i]?.text === '.' && tokens.slice(i + 1).every((t) => /^["”’']$/.test(t.text))) ||
  // "head of the Afghan Independent Human Rights Commission (AIHRC),": the body's acronym in brackets closes nothing of its own.
  (tokens[i]?.text === '(' && /^\p{Lu}{2,8}$/u.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ')' && closesApposition(tokens, i + 3)) ||
  // "chief executive of Workshare which commissioned the research": a relative clause on the body's name ends the role.
  (/^(?:which|that)$/.test(tokens[i]?.text ?? '') && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') && tokens[i + 1]?.kind === 'word');

/** A role word a title may join to another with "and": a title, a role noun or an epithet's head ("writer", "president", "author"). */
const isJoinableRole = (t: Token | undefined): boolean =>
  t?.kind === 'word' && /^\p{Ll}/u.test(t.text) && (isRoleText(t.text.replace(/^co-/, '').toLowerCase()) || isEpithetHead(t.text));

/** "the writer and jewelry designer Elise Matthesen", "president and chief executive John Hill": an "and" at `k` between two roles joins them. */
export const joinsRoles = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.text === 'and' && isJoinableRole(tokens[k - 1]) && tokens.slice(k + 1, k + 4).some(isJoinableRole);

/** A body's name that may open a role after a comma: an acronym ("EU", "NATO") or a nationality ("British"). */
const isBodyOpener = (t: Token | undefined): boolean =>
  t?.kind === 'word' && (/^\p{Lu}{2,6}$/u.test(t.text) || lexicons().demonyms.has(t.text) || lexicons().countries.has(t.text));

/** "Javier Solana, EU foreign policy chief, said": a role without its article after a name, opened by one body word or a body's
 *  name of two or three capitalised words ("World Bank country director"). */
export function isBodiedRoleAt(tokens: readonly Token[], k: number): boolean {
  const body = bodyWords(tokens, k);
  // "Hassan Nasrallah, Hezbollah leader, said": one capitalised word before a one-word role closed at once by a comma.
  const closedOne = body === 1 && tokens[k + 2]?.text === ',' && isBareRoleAt(tokens, k + 1);
  return (isBodyOpener(tokens[k]) && isBareRoleAt(tokens, k + 1)) || (body >= 2 && isBareRoleAt(tokens, k + body)) || closedOne;
}

/** How many capitalised words, up to three and none possessive, open at `k`: "World Bank" in "World Bank country director". */
function bodyWords(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < k + 3 && tokens[j]?.kind === 'word' && /^\p{Lu}/u.test(tokens[j]?.text ?? '') && !/['’]s?$/.test(tokens[j]?.text ?? '')) j++;
  return j - k;
}

/** Words before a role or name that compare, concede or govern it rather than set a role off as the name's own ("Like the head of X, Ken Bacon"). */
export const COMPARES = /^(?:like|unlike|as|than|despite|after|before|with|for|to|from|by|at|in|on|about|of)$/i;

/** Where the owner's possessive that ends at `k - 1` starts ("Fox’s", "PG&E ’ s", "New York’s", "Sanders’"), or null when none ends there. */
export function ownerStart(tokens: readonly Token[], k: number): number | null {
  let j = isPossessive(tokens[k - 1]?.text ?? '') ? k - 1 : tokens[k - 1]?.text === 's' && /^['’]$/.test(tokens[k - 2]?.text ?? '') ? k - 3 : -1;
  if (j < 0 || !/^\p{Lu}/u.test(tokens[j]?.text ?? '')) return null;
  while (j > 0 && k - j < 5 && tokens[j - 1]?.kind === 'word' && /^\p{Lu}/u.test(tokens[j - 1]?.text ?? '')) j--;
  return j;
}

/**
 * "The president of Refugees International, Ken Bacon, said", "asked Fox’s director of IT, Deborah Sadusingh,", "Hunter’s chief of
 * staff, Joe Kasper,": a role and its body set off before the name in apposition, from the comma at `comma` back to the role's article
 * or owner; null when the words are not that.
 */
export function roleOfBodyBefore(tokens: readonly Token[], comma: number): string | null {
  // "The Secretary of State, John Reid,": after an article the office may be in capitals.
  const office = (k: number): boolean =>
    isRole(tokens[k]) || (isArticle(tokens[k - 1]?.text ?? '') && lexicons().titles.has(tokens[k]?.text.toLowerCase() ?? ''));
  // "George Bush's controversial nominee for U.S. Ambassador to the United Nations, John R. Bolton,": "for" places a role as "of" does;
  // the nearest that opens on an article or owner wins ("France's secretary of state for the elderly").
  for (let of = comma - 1; of > 0 && comma - of <= 8 && tokens[of]?.kind === 'word'; of--) {
    if (lexicons().reportingVerbs.has(tokens[of]?.text ?? '')) return null;
    if (of === comma - 1 || !/^(?:of|for)$/.test(tokens[of]?.text ?? '') || !office(of - 1)) continue;
    let start = of - 1;
    while (start > of - 3 && isQualifier(tokens[start - 1]) && !isArticle(tokens[start - 1]?.text ?? '')) start--; // "deputy chief of staff"
    const owner = ownerStart(tokens, start);
    const opener = owner ?? (isArticle(tokens[start - 1]?.text ?? '') ? start - 1 : null);
    if (opener === null) continue;
    if (COMPARES.test(tokens[opener - 1]?.text ?? '')) return null;
    return joinedText(tokens.slice(owner ?? start, comma));
  }
  return null;
}

/** A possessive that ends a capitalised owner: "Twitter's", "Mr. Netanyahu’s", "PG&E" then "’" and "s" as the tokens split it, or a short
 *  number that names a firm ("3's marketing director"; not a year's). */
function possessiveEnd(tokens: readonly Token[], k: number): number | null {
  let j = k;
  // A brand written in camel case owns a role too ("rVotes' owner", "eBay's chief executive").
  while (j < k + 4 && tokens[j]?.kind === 'word' && /^(?:\p{Lu}|\p{Ll}{1,2}\p{Lu}|\d{1,2}(?:\D|$))/u.test(tokens[j]?.text ?? '')) {
    if (isPossessive(tokens[j]?.text ?? '')) return j + 1; // "Twitter's", "Sanders’"
    if (/^['’]$/.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.text === 's') return j + 3;
    j += tokens[j + 1]?.text === '.' ? 2 : 1; // "Mr." splits into the word and its stop
  }
  return null;
}

/** "Jack Dorsey, Twitter's chief executive, said": a role opened by its owner's possessive after a name's comma at `k - 1`; null if none. */
export function possessedRole(tokens: readonly Token[], k: number): string | null {
  const role = possessiveEnd(tokens, k);
  if (role === null) return null;
  // "Clinton's Iowa state director", "Clinton's Latino outreach director": a place or group in capitals before the bare role.
  let bare = role;
  while (bare < role + 2 && tokens[bare]?.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(tokens[bare]?.text ?? '')) bare++;
  if (!(isBareRoleAt(tokens, bare) || (bare === role && isKinWord(tokens[role]?.text ?? '')))) return null;
  let end = role;
  while (end < role + 9 && isAppositionWord(tokens, end)) end++; // "NASA's associate administrator of the Science Mission Directorate,"
  if (!closesApposition(tokens, end)) return null;
  // The tokens rejoined as written: "Mr . Netanyahu’s" → "Mr. Netanyahu’s", "PG&E ’ s" → "PG&E’s".
  const owner = textsOf(tokens.slice(k, role))
    .join(' ')
    .replace(/ \. /g, '. ')
    .replace(/ ?(['’]) s$/, '$1s');
  return `${owner} ${textsOf(tokens.slice(role, end)).join(' ')}`;
}

/** Adverbs that may stand between a subject and its verb: "…, President and CEO of Standard Radio also commented". */
export const VERB_ADVERB = /^(?:also|later|then)$/;

/** A word an apposition reads on over: no verb, no relative pronoun and no reporting "said" that starts a clause of its own. */
export const isAppositionWord = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  // "Gary Slaight, President and CEO of Standard Radio also commented": an adverb before the verb opens the clause.
  if (VERB_ADVERB.test(t?.text ?? '') && isVerb(tokens[k + 1])) return false;
  return (t?.kind === 'word' && !isVerb(t) && !/^(who|which|that|said|says)$/i.test(t.text)) || t?.text === '&'; // "Steptoe & Johnson"
};

/** A word in capitals as a title writes it: "President", "CEO". */
const CAPITAL_WORD = /^\p{Lu}(?:\p{Ll}+|\p{Lu}+)$/u;

/** "Sanjiv Bhasin, Director, IIFL Securities", "Rusmik Oza, Head of Research at Kotak": a role written in capitals after a name's
 *  comma, closed at once or going on through a preposition (not "Mayor Jones", a name after the role). */
export function isCapitalRoleAt(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k];
  if (first?.kind !== 'word' || !CAPITAL_WORD.test(first.text)) return false;
  // "Nancy Pelosi, Democrat House Minority Leader, disagreed": a body's capitals before the role, closed at once after it.
  if (!isRoleText(first.text.toLowerCase())) return capitalsBeforeTitle(tokens, k);
  // "Chief Executive of Pinnacle", "Senior Vice President of Sales", "CEO of Take-Two", "President and CEO of Astral Media": role words
  // in capitals, or two roles joined by "and", to the role's preposition.
  const capitalRole = (t: Token | undefined): boolean => CAPITAL_WORD.test(t?.text ?? '') && isRoleText(t?.text.toLowerCase());
  let j = k + 1;
  while (j < k + 5 && (capitalRole(tokens[j]) || (tokens[j]?.text === 'and' && capitalRole(tokens[j + 1])))) j++;
  return closesApposition(tokens, j) || /^(of|at|for|in|to|with)$/.test(tokens[j]?.text ?? '');
}

/** Up to three capitalised words from `k`, then a title in capitals that the apposition closes after ("House Minority Leader,"). */
function capitalsBeforeTitle(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + 3; j++) {
    const t = tokens[j];
    if (t?.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
    if (lexicons().titles.has(t.text.toLowerCase()) && !lexicons().notRoles.has(t.text.toLowerCase())) return closesApposition(tokens, j + 1);
  }
  return false;
}
