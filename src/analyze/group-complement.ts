// "Opponents of allowing Syrian refugees into the U.S. cite concerns", "Partisans on both sides warn": a plural group narrowed by a
// prepositional phrase, opening its clause, holds the worry; the subject finder stops at the phrase's last noun ("the U.S.").
import type { Sentence } from '../types.js';
import { lexicons } from '../lexicon.js';
import { isVerb } from './phrase-words.js';
import type { Token } from './tokens.js';
import { sentenceTokens } from './sentence-tokens.js';
import { isPastForm } from './past-form.js';

/** Prepositions that narrow a group to some of it ("members within both unions", "critics in both parties"). */
const NARROWING = /^(of|on|in|within|from|across|among)$/i;
/** Words that open a clause, after which a group may stand as its subject. */
const OPENER = /^(and|but|indeed|that|while|although|though|because|as|when|since|so)$/i;
/** Quantifiers that stand for people when a place or body narrows them ("many in Hong Kong", "some within the party"). */
const QUANTIFIER = /^(many|some|most|few|others|those|several)$/i;
const PLACE_NARROWING = /^(in|within|across|inside|throughout)$/i;
/** Words before the group's head: a few determiners and up to two modifiers ("some", "many moderate"). */
const DETERMINER = /^(some|many|most|other|several|few|all|the)$/i;

/** A word that may describe the group before its head ("former", "Syrian"); not "Just recently", "his", "the". */
function isModifier(word: string): boolean {
  const lower = word.toLowerCase();
  const { functionWords, sentenceAdverbs, pronouns } = lexicons();
  return (
    /^\p{L}[\p{L}-]*$/u.test(word) && !/ly$/.test(lower) && !functionWords.has(lower) && !sentenceAdverbs.has(lower) && !pronouns.has(lower) && lower !== 'just'
  );
}

/**
 * The group and its narrowing phrase, from the clause's opening word to the end of `phrase`, when that run opens with
 * "<determiner>? <modifier>{0,2} <group plural> <preposition>" and holds no reporting verb; else null.
 */
export function groupWithComplement(phrase: readonly Token[], sentence: Sentence, isGroup: (word: string) => boolean): string | null {
  const [first, last] = [phrase[0], phrase.at(-1)];
  if (!first || !last) return null;
  const tokens = sentenceTokens(sentence);
  const end = tokens.findIndex((t) => t.start === last.start);
  let start = tokens.findIndex((t) => t.start === first.start);
  while (
    start > 0 &&
    end - start < 12 &&
    (tokens[start - 1]?.kind === 'word' || tokens[start - 1]?.text === '.') &&
    !OPENER.test(tokens[start - 1]?.text ?? '')
  )
    start--;
  if (start > 0 && !/^[,;:—–-]$/.test(tokens[start - 1]?.text ?? '') && !OPENER.test(tokens[start - 1]?.text ?? '')) return null;
  const run = tokens.slice(start, end + 1);
  // "Many in Hong Kong fear …", "Some within the party warn …": a quantifier narrowed by where its people are stands for them.
  if (QUANTIFIER.test(run[0]?.text ?? '') && PLACE_NARROWING.test(run[1]?.text ?? '') && run.length >= 3 && !run.some((t) => isVerb(t) || isPastForm(t.text)))
    return sentence.text.slice((run[0]?.start ?? sentence.start) - sentence.start, last.end - sentence.start).trim();
  let head = DETERMINER.test(run[0]?.text ?? '') ? 1 : 0;
  while (head < 3 && isModifier(run[head]?.text ?? '') && !isGroup(run[head]?.text.toLowerCase() ?? '')) head++;
  if (!isGroup(run[head]?.text.toLowerCase() ?? '') || !NARROWING.test(run[head + 1]?.text ?? '') || run.length <= head + 2) return null;
  // "his campaign staffers in 2014 tried to keep her away from …": a verb in the run makes it a clause, not a group.
  if (run.some((t) => isVerb(t) || isPastForm(t.text))) return null;
  return sentence.text.slice((run[0]?.start ?? sentence.start) - sentence.start, last.end - sentence.start).trim();
}
