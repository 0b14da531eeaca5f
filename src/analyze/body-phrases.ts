// "the Romanian government", "the Commons science and technology committee", "Clinton's campaign": a body named by capitals
// before a lower-case noun. The name index sees only the capitals, so "the government said" later found no body to stand for.
import type { Sentence } from '../types.js';
import { allMatches } from '../all-matches.js';
import { lexicons } from '../lexicon.js';
import { fullName, recentPerson } from './name-lookup.js';
import type { NameIndex } from './name-types.js';

/** Lower-case nouns that end a body's name when capitals come before them. */
const HEAD = 'government|committee|campaign|council|commission|court|board|union|administration|opposition|ministry|department';
/** Up to four capitalised words, a possessive, up to three lower-case words ("science and technology"), then the head. */
const PHRASE = new RegExp(`(?<![\\p{L}'’-])((?:\\p{Lu}[\\p{L}.&-]*\\s+){0,3}\\p{Lu}[\\p{L}.&-]*)(['’]s)?\\s+((?:\\p{Ll}+\\s+){0,3}?)(${HEAD})\\b`, 'gu');
/** Most sentences hold no head at all: a plain search for one spares the costlier pattern (2 % of analysis without it). */
const ANY_HEAD = new RegExp(`\\b(?:${HEAD})\\b`);
/** Words that open a sentence or a clause, not a name: "But government officials", "The government". */
const LEAD = /^(?:The|A|An|But|And|Or|So|In|On|At|Its|His|Her|Their|Our|This|That|When|While|If|As|After)$/;

export interface BodyPhrase {
  sentence: number;
  start: number;
  head: string;
  /** The body as the article writes it, without its article: "Romanian government". */
  name: string;
}

/** A body's name read from one match, or null when the capitals are a sentence's opener or the words between are a clause. */
function phraseName(run: string, possessive: string | undefined, between: string, head: string, isPerson: (word: string) => boolean): string | null {
  const words = run.split(/\s+/);
  while (words.length > 0 && LEAD.test(words[0] ?? '')) words.shift();
  const last = words.at(-1) ?? '';
  if (words.length === 0 || lexicons().calendarWords.has(last.toLowerCase())) return null;
  // A campaign is a person's ("the Sanders campaign"); "the Southern campaign" is where it is fought.
  if (head === 'campaign' && !isPerson(last)) return null;
  // "the Senate and the committee", "Obama was in court", "SUVs and campaign": only adjectives and nouns stand between, with
  // "and" inside them; a lone letter is a word the export split ("The Romania n government").
  const middle = between.trim().split(/\s+/).filter(Boolean);
  const { functionWords, determiners, clauseHeads } = lexicons();
  const joins = (w: string, i: number): boolean => w === 'and' && i > 0 && i < middle.length - 1;
  const odd = (w: string): boolean => functionWords.has(w) || determiners.has(w) || clauseHeads.has(w) || w.endsWith('ly') || w.length < 2;
  if (middle.some((w, i) => !joins(w, i) && odd(w))) return null;
  if (possessive && middle.length > 0) return null;
  return [...words, ...middle, head].join(' ');
}

/** Every body the article names by capitals before a lower-case head, in order. */
export function bodyPhrases(sentences: readonly Sentence[], isPerson: (word: string) => boolean): BodyPhrase[] {
  const found: BodyPhrase[] = [];
  for (const s of sentences) {
    if (!ANY_HEAD.test(s.text)) continue;
    for (const m of allMatches(s.text, PHRASE)) {
      const [, run = '', possessive, between = '', head = ''] = m;
      const name = phraseName(run, possessive, between, head, isPerson);
      if (name) found.push({ sentence: s.index, start: m.index ?? 0, head, name });
    }
  }
  return found;
}

/** The body the article last named with this head before `offset` in this sentence or in the eight before. */
function bodyPhraseBefore(phrases: readonly BodyPhrase[] | undefined, head: string, sentence: number, offset: number): string | null {
  const before = (p: BodyPhrase): boolean => p.sentence < sentence || (p.sentence === sentence && p.start < offset);
  const found = (phrases ?? []).filter((p) => p.head === head && before(p) && sentence - p.sentence <= 8).at(-1);
  return found?.name ?? null;
}

/**
 * The body a bare "the government" or "his campaign" stands for: the one the article last named with that head ("the Romanian
 * government"), or the campaign of the person "his" or "her" means ("Sanders campaign").
 */
export function bodyNounBefore(names: NameIndex, determiner: string, head: string, sentence: number, offset: number): string | null {
  const det = determiner.toLowerCase();
  if (det === 'the') return bodyPhraseBefore(names.bodyPhrases, head, sentence, offset);
  if (head !== 'campaign' || (det !== 'his' && det !== 'her')) return null;
  const person = recentPerson(names, sentence, offset, det === 'his' ? 'm' : 'f');
  return person?.kind === 'person' ? `${fullName(names, person.name).split(' ').at(-1)} campaign` : null;
}
