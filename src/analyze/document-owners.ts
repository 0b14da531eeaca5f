// "A report by the Harbour Institute …", then "the report said": a document the article gave an owner speaks for that
// owner when it is named again with "the"; without one it stays nobody's (speaker-check: "a document, not a speaker").
import { lexicons } from '../lexicon.js';
import type { Sentence } from '../types.js';

/** A document and the owner after "by" or "from", a verb of making between them at most; "obtained by" names who has it. */
const OWNED =
  /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Nn]ew)\s+(?:[\w-]+\s+){0,3}?([a-z]+)\s+(?:(?:issued|released|published|commissioned|written|prepared|compiled|filed|produced|sent)\s+)?(?:by|from)\s+(?:the\s+)?(\p{Lu}[\w'\u2019.&/-]*(?:\s+(?:of|for|and|on)?\s*\p{Lu}[\w'\u2019.&-]*){0,6})/gu;

/** Lower-case heads that finish a body's name after its capitals ("the Chinese government", "the Labour party"). */
const BODY_HEAD =
  /^(?:government|ministry|department|agency|commission|committee|council|office|administration|party|campaign|institute|university|company|group|board|authority)$/;

export interface OwnedDocument {
  sentence: number;
  /** The document's noun ("report"). */
  noun: string;
  owner: string;
}

/** Every document the article names with its owner, in order. */
export function documentOwners(sentences: readonly Sentence[]): OwnedDocument[] {
  const found: OwnedDocument[] = [];
  for (const s of sentences)
    for (const m of s.text.matchAll(OWNED)) {
      const [whole, noun = '', run = ''] = m;
      const owner = run.replace(/\s+(?:of|for|and|on)$/, '');
      // "the Chinese government" owns it whole; in "the CIA base chief" the owner is a person the capitals do not name.
      const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(s.text.slice((m.index ?? 0) + whole.length))?.[1] ?? '';
      const body = BODY_HEAD.test(next);
      if (!lexicons().documentWords.has(noun) || (next !== '' && !body && !lexicons().functionWords.has(next) && !/(?:ed|s)$/.test(next))) continue;
      found.push({ sentence: s.index, noun, owner: body ? `${owner} ${next}` : owner });
    }
  return found;
}

/** The owner of the last document of this noun the article named before sentence `at`, when only one owner was given it. */
export function ownerBefore(documents: readonly OwnedDocument[] | undefined, noun: string, at: number): string | null {
  const earlier = (documents ?? []).filter((d) => d.noun === noun && d.sentence <= at);
  const owners = new Set(earlier.map((d) => d.owner));
  return owners.size === 1 ? (earlier[0]?.owner ?? null) : null;
}
