// "A report by the Harbour Institute …", then "the report said": a document the article gave an owner speaks for that
// owner when it is named again with "the"; without one it stays nobody's (speaker-check: "a document, not a speaker").
import { lexicons } from '../lexicon.js';
import type { Sentence } from '../types.js';
import { type CapitalRun, capitalRuns, isTitleWord } from './capital-runs.js';
import type { Token } from './tokens.js';
import { allMatches } from '../all-matches.js';

/** A document and the owner after "by" or "from", a verb of making between them at most; "obtained by" names who has it. */
const OWNED =
  /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Nn]ew)\s+(?:[\w-]+\s+){0,3}?([a-z]+)\s+(?:(?:issued|released|published|commissioned|written|prepared|compiled|filed|produced|sent)\s+)?(?:by|from)\s+(?:the\s+)?(\p{Lu}[\w'\u2019.&/-]*(?:\s+(?:of|for|and|on)?\s*\p{Lu}[\w'\u2019.&-]*){0,6})/gu;

/** Lower-case heads that finish a body's name after its capitals ("the Chinese government", "the Labour party"). */
const BODY_HEADS =
  'government|ministry|department|agency|commission|committee|council|office|administration|party|campaign|institute|university|company|group|board|authority';
const BODY_HEAD = new RegExp(`^(?:${BODY_HEADS})$`);

/** A document with its owner's name in capitals before it: "A National Audit Office report", "The NAO's annual report". */
const NAMED_BEFORE =
  /\b(?:[Aa]n?|[Tt]he)\s+(\p{Lu}[\w'\u2019.&-]*(?:\s+(?:of|for|and|on)?\s*\p{Lu}[\w'\u2019.&-]*){0,5}?)(?:['\u2019]s)?\s+(?:(?:new|annual|latest|final|internal|draft|own|\d{4})\s+)?([a-z]+)\b/gu;

/** An owner's name in capitals, with "the" before it and "of", "for", "and" or "on" inside ("the Harbour Board of Trade"). */
const OWNER_RUN = `((?:[Tt]he\\s+)?\\p{Lu}[\\w'\u2019.&-]*(?:\\s+(?:of|for|and|on)?\\s*\\p{Lu}[\\w'\u2019.&-]*){0,5})`;

/** "Cook provided a written statement", "…, the Harbour Board has released a report": who put the document out owns it, when that
 * one opens the sentence or follows a comma or "said" ("The dean of the school has published a letter" is the dean's, not the school's). */
// "The Cruz campaign sent out an email", "Sanders is releasing a new ad": a body's head noun may end the owner, and the verb may
// be progressive or take "out".
const ISSUED = new RegExp(
  `(?:^|[,;]\\s+|\\b(?:said|says|that)\\s+)${OWNER_RUN}(\\s+(?:${BODY_HEADS}))?` +
    `\\s+(?:(?:has|have|had|also|then|later|is|are|was|were)\\s+){0,2}(?:(?:issu|releas|publish|provid|post)(?:ed|es|ing|s)?|sen(?:t|ds?|ding)|put(?:s|ting)?(?=\\s+out))(?:\\s+out)?` +
    `\\s+(?:a|an)\\s+((?:[a-z-]+\\s+){0,2}[a-z]+)`,
  'gu',
);

/** "the US military said in a statement", "Oxfam said in a written statement": the body that spoke through the document owns it. */
const SAID_IN = new RegExp(
  `(?:^|[,;]\\s+|\\bthat\\s+)${OWNER_RUN}(\\s+(?:${BODY_HEADS}|military|police|army|navy|embassy))?` +
    `\\s+(?:said|says|announced|added|confirmed|stated)\\s+(?:\\w+day\\s+)?in\\s+an?\\s+((?:[a-z-]+\\s+){0,2}[a-z]+)`,
  'gu',
);

export interface OwnedDocument {
  sentence: number;
  /** The document's noun ("report"). */
  noun: string;
  owner: string;
}

/** Every document the article names with its owner, in order. */
export function documentOwners(sentences: readonly Sentence[]): OwnedDocument[] {
  const found: OwnedDocument[] = [];
  for (const s of sentences) {
    for (const m of allMatches(s.text, OWNED)) {
      const [whole, noun = '', run = ''] = m;
      const owner = run.replace(/\s+(?:of|for|and|on)$/, '');
      // "the Chinese government" owns it whole; in "the CIA base chief" the owner is a person the capitals do not name.
      const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(s.text.slice((m.index ?? 0) + whole.length))?.[1] ?? '';
      const body = BODY_HEAD.test(next);
      if (!lexicons().documentWords.has(noun) || (next !== '' && !body && !lexicons().functionWords.has(next) && !/(?:ed|s)$/.test(next))) continue;
      found.push({ sentence: s.index, noun, owner: body ? `${owner} ${next}` : owner });
    }
    for (const m of allMatches(s.text, NAMED_BEFORE)) {
      const [, run = '', noun = ''] = m;
      const owner = run.replace(/['\u2019]s$/, '');
      if (lexicons().documentWords.has(noun) && !lexicons().calendarWords.has(owner.toLowerCase())) found.push({ sentence: s.index, noun, owner });
    }
    for (const m of [...allMatches(s.text, SAID_IN), ...allMatches(s.text, ISSUED)]) {
      const document = issuedDocument(m, s.index);
      if (document) found.push(document);
    }
  }
  return found;
}

/** The document an ISSUED or SAID_IN match names, with its owner: the first document word after the verb ("a written statement in
 *  response"), and the owner's run without "the" or a leading title ("President Obama released" is Obama's); none when no document
 *  word follows or the owner is a function word. */
function issuedDocument(m: RegExpMatchArray, sentence: number): OwnedDocument | null {
  const [, named = '', head = '', after = ''] = m;
  const noun = after.split(/\s+/).find((w) => lexicons().documentWords.has(w));
  const words = `${named}${head}`.replace(/^the\s+/i, '').split(/\s+/);
  while (words.length > 1 && isTitleWord(words[0] ?? '')) words.shift();
  const owner = words.join(' ');
  return noun && !lexicons().functionWords.has(owner.toLowerCase()) ? { sentence, noun, owner } : null;
}

/** "NAO" and "National Audit Office" are one owner: an acronym counts as the owner whose initials it is. */
function sameOwner(owners: readonly string[]): string | null {
  const initials = (name: string): string =>
    name
      .split(/\s+/)
      .filter((w) => !/^(of|for|and|on|the)$/i.test(w))
      .map((w) => w[0])
      .join('');
  const long = owners.filter((o) => !/^\p{Lu}{2,8}$/u.test(o));
  const distinct = new Set(long);
  if (distinct.size > 1) return null;
  const [one] = [...distinct];
  if (one === undefined) return new Set(owners).size === 1 ? (owners[0] ?? null) : null;
  return owners.every((o) => o === one || o === initials(one)) ? one : null;
}

/** The owner of the last document of this noun the article named before sentence `at`, when only one owner was given it. */
export function ownerBefore(documents: readonly OwnedDocument[] | undefined, noun: string, at: number): string | null {
  const earlier = (documents ?? []).filter((d) => d.noun === noun && d.sentence <= at);
  return earlier.length > 0 ? sameOwner(earlier.map((d) => d.owner)) : null;
}

/** "A campaign TV ad", "the school's Facebook post": the medium a document went out on, capitalised but no owner. */
export const isMedium = (word: string): boolean => /^(?:TV|Web|Internet|Radio|Facebook|Twitter|YouTube|Instagram|Snapchat|Tumblr)$/.test(word);

/** The capitalised owner before a document noun ("a House Intelligence Committee report"); "the Cruz campaign TV ad" passes over the medium. */
export function documentOwnerRun(tokens: readonly Token[]): CapitalRun | undefined {
  const runs = capitalRuns(tokens);
  return runs.at(-1)?.tokens.every((t) => isMedium(t.text)) ? runs.at(-2) : runs.at(-1);
}
