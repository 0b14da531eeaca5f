// Whether the words before a worry verb read as a noun phrase naming someone, not a clause fragment (split from holder.ts).
import { lexicons } from '../lexicon.js';
import { isRoleNoun } from './name-words.js';
import { isCapitalised, type Token } from './tokens.js';
import { isPastForm } from './past-form.js';

/** Words that open a clause and so never begin the phrase that names who speaks. */
const CLAUSE_OPENER =
  /^(whatever|whoever|whichever|however|whether|what|when|where|why|how|if|unless|though|although|whil(?:e|st)|because|since|as|so|but|and|or|yet|then|thus|hence|therefore|still|now|even|only|just|once|after|before|until|despite|given|instead|meanwhile|elsewhere|overall|separately|similarly|likewise|otherwise|again|nonetheless|nevertheless|besides|first|second|third|finally|lastly|next|here|there)$/i;
const MAX_WORDS = 8;

export const isTimeWord = (word: string): boolean => {
  const lower = word.toLowerCase();
  return lexicons().weekdays.includes(lower) || lexicons().timeAdverbs.has(lower) || /^(today|yesterday|tonight|tomorrow)$/.test(lower);
};

/** Whether a phrase reads as a noun phrase naming someone, not a clause fragment ("Anyway", "buoyed", "nation will"). */
export function isNounPhrase(phrase: readonly Token[]): boolean {
  const words = phrase.filter((t) => t.kind === 'word');
  const head = words[0];
  const tail = words.at(-1);
  if (!head || !tail || words.length > MAX_WORDS) return false;
  const first = head.text;
  const lower = first.toLowerCase();
  const { sentenceAdverbs, timeAdverbs, reportingVerbs } = lexicons();
  if (CLAUSE_OPENER.test(first) || sentenceAdverbs.has(lower) || timeAdverbs.has(lower)) return false;
  // A participle or adverb leading the phrase ("Buoyed by the vote", "Clearly"): an opener, not a subject.
  if (/^\p{Lu}?\p{Ll}+(ly|ed|ing)$/u.test(first) && !isCapitalised(first)) return false;
  if (/^\p{Lu}\p{Ll}+ly$/u.test(first)) return false;
  // "The Lib Dems raised": a phrase that ends in a past-tense verb is a clause.
  const last = tail.text;
  if (words.length > 1 && /^\p{Ll}+ed$/u.test(last)) return false;
  // "We're anxious": a pronoun with its verb is a clause; a lone pronoun is left to the resolver.
  if (words.length > 1 && words.some((t) => /['’](re|m|ve|ll|d|s)$/i.test(t.text) && lexicons().pronouns.has(t.text.toLowerCase().replace(/['’].*$/, ''))))
    return false;
  // A capital past the first word is part of a name ("The United States", "EU Member States"), not a verb.
  const asVerb = (t: Token, i: number): boolean => reportingVerbs.has(t.text.toLowerCase()) && (i === 0 || !isCapitalised(t.text));
  // A modal in capitals is a name ("Will said" after "George Will"; "May said" after "Theresa May"), not a verb.
  return !words.some((t, i) => asVerb(t, i) || /^(will|would|could|should|can|may|might|must|shall)$/.test(t.text));
}

/**
 * "Some local councillors", "fishermen": a plural role noun names a group that may hold a worry; the speaker check knows
 * singular roles, so the name is given back with its last word singular for it, or null when it is no such plural.
 */
export function singularGroup(name: string): string | null {
  const words = name.split(/\s+/);
  const last = words.at(-1) ?? '';
  // "One Harbour Plan refers": after a singular determiner a final -s is a verb.
  if (/^(a|an|one|another|each|every)$/i.test(words[0] ?? '') || !/^\p{Ll}+(?:[^s]s|men)$/u.test(last)) return null;
  const one = last.replace(/men$/, 'man').replace(/([^s])s$/, '$1');
  return isRoleNoun(one) ? [...words.slice(0, -1), one].join(' ') : null;
}

/** "because he’d worry": a pronoun with its auxiliary glued on is the pronoun, as "he would" is. */
const CONTRACTED = /^(he|she|I|we|they|you)['’](?:d|ll|s|re|ve|m)$/i;

/**
 * The words a holder is read from: a reason or a thing that opens a reduced relative clause ("One reason Democrats say …",
 * "One thing critics fear is …") is no one, so the clause's own subject is; each contracted pronoun is cut back to itself.
 */
export const holderWords = (phrase: readonly Token[]): Token[] =>
  uncontracted(
    phrase.length > 2 && /^(?:one|the|another)$/i.test(phrase[0]?.text ?? '') && /^(?:reasons?|things?|way)$/i.test(phrase[1]?.text ?? '')
      ? phrase.slice(2)
      : phrase.slice(zeroRelativeStart(phrase)),
  );

/** A determiner that opens a noun phrase. */
const DETERMINER = /^(the|a|an|many|some|most|few|several|his|her|their|its|our)$/i;

/**
 * "the kind of jurist many Republicans fear …", "an arrangement the Sanders campaign has criticized": a noun followed by a
 * determiner opens a relative clause with no "that", whose subject begins at the determiner; 0 when there is none.
 */
export function zeroRelativeStart(phrase: readonly Token[]): number {
  const at = phrase.findIndex((t, i) => i > 0 && i < phrase.length - 1 && DETERMINER.test(t.text) && isSingularNoun(phrase[i - 1]?.text ?? ''));
  return Math.max(at, 0);
}

/** A lower-case word that can only be a singular noun here: no function word, pronoun, adverb or verb form ("hopes the world"). */
function isSingularNoun(word: string): boolean {
  const { functionWords, pronouns, reportingVerbs } = lexicons();
  if (!/^\p{Ll}+$/u.test(word) || /(?:s|ly|ed|ing)$/u.test(word) || DETERMINER.test(word) || NOT_NOUN.test(word)) return false;
  return !functionWords.has(word) && !pronouns.has(word) && !reportingVerbs.has(word) && !isPastForm(word);
}

/** Words the suffix and word-list tests above do not already rule out ("only", "nothing", "all" they do). */
const NOT_NOUN = /^(?:just|also|even|still|what|whatever|much|more|never|ever|now|then|too|very)$/;

const uncontracted = (phrase: readonly Token[]): Token[] =>
  phrase.map((t) => {
    const m = t.kind === 'word' ? CONTRACTED.exec(t.text) : null;
    return m?.[1] ? { ...t, text: m[1], end: t.start + m[1].length } : t;
  });

/** "Authorities in North-Rhine Westphalia", "the council in Taipei": who speaks, not where they are. */
export function withoutPlace(phrase: readonly Token[]): Token[] {
  const at = phrase.findIndex((t, i) => i > 0 && t.text === 'in');
  return at > 0 ? phrase.slice(0, at) : [...phrase];
}
