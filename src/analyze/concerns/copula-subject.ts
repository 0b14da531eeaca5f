// "High property taxes are a big concern for homeowners": a noun of worry after a copula is said of the copula's subject,
// which names the fear; the words after the noun name who worries, not what.
import { spacedWordCount as wordCount } from '../../word-count.js';
import { lexicons } from '../../lexicon.js';
import type { Predicate } from './predicates.js';
import { allMatches } from '../../all-matches.js';

const WORRY_NOUN = /^(concerns?|worry|worries)$/i;
/** "… has been a persistent concern", "… is the most pressing worry", "… is of particular concern": a copula, a determiner and up to three modifiers. */
const COPULA_BEFORE =
  /^(.*?)\s+(?:is|are|was|were|remains?|remained|becomes?|became|(?:has|have|had)\s+(?:long\s+)?been)\s+(?:of\s+)?(?:(?:a|an|the|one|another|also|still|now|always|increasingly)\s+)*(?:(?!(?:of|for|in|to|cause|some|no|not)\s)\p{Ll}[\p{Ll}-]*\s+){0,3}$/u;
/** After the noun: who worries ("for homeowners", "among voters") or nothing; "concern that …" names its own fear. */
const HOLDER_AFTER = /^\s*(?:for|to|among|of|in)\s|^\s*[,.;!?"”]|^\s*$/u;
/** Where the subject's clause begins: past a comma, a dash or a clause opener ("and" may join the subject's own nouns). */
const CLAUSE_START = /,|\s[—–-]\s|:|\b(?:but|then|that|when|which|who|whom|if|because|whil(?:e|st)|after|before|as|although|though)\b/i;
const PRONOUN = /^(it|this|that|these|those|they|he|she|we|i|you|there|which|what)(['’]\p{L}+)?$/iu;
/** A reporting verb that opens the reported clause ("Officials said high taxes …"); "reacts" there is the subject's own verb. */
const REPORTED = /^(say|said|says|told|wrote|thinks?|thought|believes?|\p{L}+ed)$/iu;

/** The copula's subject that a noun of worry is said of, or null when the cue is no such noun or the subject reads as nothing. */
export function copulaSubject(text: string, cue: Predicate): string | null {
  if (!WORRY_NOUN.test(cue.word) || !HOLDER_AFTER.test(text.slice(cue.end))) return null;
  const before = COPULA_BEFORE.exec(text.slice(0, cue.start));
  if (!before?.[1]) return null;
  // The subject is the last clause before the copula; a reporting verb in it ("Officials said high taxes …") opens it.
  const words = (before[1].split(CLAUSE_START).pop() ?? '').trim().split(/\s+/);
  const said = words.reduce((at, w, i) => (REPORTED.test(w) && lexicons().reportingVerbs.has(w.toLowerCase()) ? i + 1 : at), 0);
  const subject = words
    .slice(said)
    .join(' ')
    .replace(/^[\s"“”'‘’]+|[\s"“”'‘’,]+$/gu, '');
  // "there are security concerns": an existential "there" is no subject.
  if (/\bthere$/i.test(subject)) return null;
  if (wordCount(subject) >= 2 && !PRONOUN.test(subject.split(/\s+/)[0] ?? '')) return subject;
  // "This has been a concern for Democrats": the words after the noun name who worries, never what; the sentence is the fear.
  return HOLDER_NAMED.test(text.slice(cue.end)) ? text : null;
}

/** "for Democrats", "to the council", "among voters" right after the noun: who worries. */
const HOLDER_NAMED = /^\s*(?:for|to|among)\s/i;

const NAMED_NOUN = /^(concerns?|worry|worries|fears?|risks?|dangers?|threats?|problems?)$/i;
/** "The core problem remains: a crowded lane", "The risk is clear: a default": a colon right after the noun names the fear. */
const COLON_AFTER = /^\s*(?:(?:is|are|was|were|remains?|remained)\s*(?:(?:clear|simple|obvious|this|these|plain)\s*)?)?:\s+(?=\S)/i;

/** What a colon after a noun of worry names ("the problem remains: a crowded field" → "a crowded field"), or null. */
export function colonNamed(text: string, cue: Predicate): string | null {
  const after = text.slice(cue.end);
  const colon = NAMED_NOUN.test(cue.word) ? COLON_AFTER.exec(after) : null;
  if (!colon) return null;
  let named = after.slice(colon[0].length).split(/[;"“”]/)[0] ?? '';
  // ", officials warned": a credit after a comma is not part of what is named.
  for (const comma of allMatches(named, /,(?=\s*((?:\S+\s+){0,4}\S+))/g)) {
    if ((comma[1] ?? '').split(/\s+/).some((w) => lexicons().reportingVerbs.has(w.toLowerCase().replace(/[.,!?]+$/, '')))) {
      named = named.slice(0, comma.index);
      break;
    }
  }
  named = named.replace(/[\s.,!?]+$/u, '');
  return wordCount(named) >= 2 ? named : null;
}
