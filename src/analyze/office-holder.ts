// The person a role word means: one the article gives that title ("the premier" → Premier Alan Carpenter), an epithet's, or,
// for an office the article never writes beside the name ("Tony Blair is urging … . “…,” the prime minister said"), the one
// person whose narration opens just before it, when nobody else in sight holds or could hold that office.
import { isTitleWithJurisdiction, withoutJurisdiction } from './jurisdiction.js';
import { lexicons } from '../lexicon.js';
import { isKnownPerson, fullName, mentionBefore } from './name-lookup.js';
import { isCourtesy } from './name-words.js';
import { isQualifierPhrase } from './title-qualifier.js';
import { isOwnerLead } from './title-owner.js';
import { isOfficeOfTheLead } from './mention-title.js';
import type { NameIndex, NameMention } from './name-index.js';
import type { Speaker } from '../types.js';
import { personByEpithet } from './epithet.js';

/** Offices a story hands on to the person it is about; ranks and trades ("the colonel", "the judge", "the actor", "the official")
 * as often bring in someone new. */
const OFFICE = /^(?:president|minister|premier|chancellor|senator|governor|mayor|leader|secretary|congress(?:wo)?man|lawmaker|nominee)$/;

/** The person a role word stands for: by its title, as an epithet, else as the office of the one subject just before. A place
 * or party before the office ("the Texas senator") is left to the title lookups, as it may bring in another holder. */
export function personByRoleWord(index: NameIndex, head: string, sentence: number, offset: number, bare: boolean): NameMention | null {
  return (
    personByRole(index, head, sentence, offset, bare) ??
    personByEpithet(index, head, sentence, offset) ??
    (bare ? personByOffice(index, head, sentence, offset) : null)
  );
}

/** Ranks below an office that make another office of it: "the prime minister" is not the Deputy Prime Minister. */
const BELOW = /^(?:deputy|vice|assistant|associate|under)$/;

/** A role word with the rank below the office its words carry: "deputy minister" for "Deputy Prime Minister", else the word alone. */
export function rankedRole(words: readonly string[], head: string): string {
  const rank = words.find((w) => BELOW.test(w.toLowerCase()));
  return rank ? `${rank.toLowerCase()} ${head}` : head;
}

/** The title the article gives a person, a courtesy title ("Mr.") aside: "Sen." for "Sen. Marco Rubio"; '' for none. */
const personTitle = (index: NameIndex, m: NameMention): string => {
  const full = fullName(index, m.name);
  const title = (m.title && !isCourtesy(m.title) ? m.title : null) ?? (index.sharedTitles?.has(full) ? null : index.titles.get(full)) ?? '';
  return withoutJurisdiction(title); // "Sen. (I-Vt.)" is a "Sen."
};

/** The last word of that title: "sen." for "Sen. Marco Rubio", "premier" for "Premier Alan Carpenter". */
const roleWord = (index: NameIndex, m: NameMention): string => {
  const words = personTitle(index, m).toLowerCase().split(/\s+/);
  return rankedRole(words.slice(0, -1), words.at(-1) ?? '');
};

/** The person a role means ("the premier" → Alan Carpenter): the latest with that title; else, when `bare`, the person named just
 * before under its abbreviation ("Sen."); else the only subject of the last few sentences with it ("the Florida senator"). */
export function personByRole(index: NameIndex, role: string, sentence: number, offset: number, bare = true): NameMention | null {
  const head = role.toLowerCase();
  const before = index.mentions.filter((m) => m.kind === 'person' && mentionBefore(m, sentence, offset)).reverse();
  const titled = before.find((m) => roleWord(index, m) === head);
  if (titled) return titled;
  const abbreviates = (m: NameMention): boolean => lexicons().titleAbbreviations.get(roleWord(index, m).replace(/\.$/, '')) === head;
  const unquoted = before.filter((m) => !m.quoted);
  if (bare && unquoted[0] && abbreviates(unquoted[0])) return unquoted[0];
  // A subject, not "an appearance with Sen. Joni Ernst"; and none at all when two senators were subjects just before.
  // Counted from where the quotation before the role opens: "“…. …,” the senator said" looks back past all its sentences.
  const from = index.quoteOpenings?.get(sentence) ?? sentence;
  const subjects = unquoted.filter((m) => abbreviates(m) && m.subject && from - m.sentence <= 3);
  return new Set(subjects.map((m) => fullName(index, m.name))).size === 1 ? (subjects[0] ?? null) : null;
}

/** The office word of a title the article gives a person ("senator" for "Sen."), or '' for none or a courtesy title. */
function officeOf(index: NameIndex, m: NameMention): string {
  const title = personTitle(index, m);
  const words = isCourtesy(title) ? [] : title.toLowerCase().split(/\s+/);
  const word = (words.at(-1) ?? '').replace(/\.$/, '');
  return rankedRole(words.slice(0, -1), lexicons().titleAbbreviations.get(word) ?? word);
}

/**
 * The one person who is a subject in the sentence before (this paragraph or the one before; before the quotation, when one
 * runs into this sentence) or earlier in this one, outside
 * quotation marks and not answering one ("“…?” Borger asked"); null when another person there holds the office, when the
 * person's own title is another office, or when a name the index cannot type might be a person's.
 */
export function personByOffice(index: NameIndex, head: string, sentence: number, offset: number): NameMention | null {
  if (!OFFICE.test(head)) return null;
  const paragraph = index.paragraphs?.get(sentence) ?? 0;
  // The sentence before the quotation the role follows, however many sentences that quotation runs to.
  const from = index.quoteOpenings?.get(sentence) ?? sentence;
  const near = index.mentions.filter(
    (m) => !m.quoted && m.sentence >= from - 1 && (index.paragraphs?.get(m.sentence) ?? 0) >= paragraph - 1 && mentionBefore(m, sentence, offset),
  );
  const people = near.filter((m) => m.kind === 'person' || isKnownPerson(index, fullName(index, m.name)));
  if (near.some((m) => m.kind === 'unknown' && !people.includes(m) && m.name.includes(' ') && m.subject)) return null;
  const subjects = people.filter((m) => m.subject && !/^(by|of|to|with|for|from|against|at|on|in|about|than|["“”'‘’])$/.test(m.before));
  const names = new Set(subjects.map((m) => fullName(index, m.name)));
  const person = subjects.at(-1);
  if (!person || names.size !== 1) return null;
  const own = officeOf(index, person);
  if (own !== '' && own !== head) return null;
  const name = fullName(index, person.name);
  return people.some((m) => fullName(index, m.name) !== name && officeOf(index, m) === head) ? null : person;
}

/** A title word among the words of a role mention ("The prime minister"): the role, without its article, is the holder's title. */
const TITLE_HEAD = (word: string): boolean => lexicons().titles.has(word.toLowerCase());

/**
 * The speaker a role mention resolved to, with that role as the title when the article wrote none beside the name ("Tony Blair …
 * The prime minister told …" → prime minister); an epithet ("the billionaire") is no title.
 */
export function withRoleTitle(speaker: Speaker, words: ReadonlyArray<{ text: string }>): Speaker {
  if (speaker.title || !TITLE_HEAD(words.at(-1)?.text ?? '')) return speaker;
  const role = words
    .map((w) => w.text)
    .filter((w, i) => !(i === 0 && /^(?:the|a|an)$/i.test(w)))
    .join(' ');
  // "the British actor", "the Republican nominee": the place or party is part of the title (the lookup asked for a full match).
  return { ...speaker, title: role };
}

/** "former" before a title, or the head of an office before its field ("Leader of the" for "Opposition", mention-title.ts). */
const isOfficeLead = (lead: string): boolean => isQualifierPhrase(lead) || isOfficeOfTheLead(lead) || isOwnerLead(lead);

/** "former Gov." for the "Gov." of "former Gov. Jeb Bush": the title the index kept with its qualifier, where it qualifies this one. */
export const qualifiedTitle = (title: string | null, indexed: string | undefined): string | null =>
  title && indexed && ((indexed.endsWith(` ${title}`) && isOfficeLead(indexed.slice(0, -title.length - 1))) || isTitleWithJurisdiction(indexed, title))
    ? indexed
    : title;
