// Why: "Hizbollah, which has lost 6,000 men, seems unlikely to …": a claim cut at the relative pronoun loses its subject and runs into the other clause.
import type { ClaimSpan } from './claim-span.js';
import type { CueMatch } from './cues.js';
import { allMatches } from '../../all-matches.js';
import { LINKING_OPENER } from './claim-aside.js';
import { maskAdjectiveCommas } from '../adjective-comma.js';

/** A comma, with any closing quotation mark, before the next words. */
const COMMA = /,[”"’]?\s+/g;

/** Where a clause ends after its cue: a comma, semicolon, colon or spaced dash. */
const CLAUSE_END = /,[”"’]?\s|[;:]|\s[—–-]\s/;

/** A reporting verb whose "that" opens the clause the cue sits in: "…, notes that the rise of streaming may be a culprit". */
const REPORTED =
  /\b(?:notes?|noted|says?|said|adds?|added|admit(?:s|ted|ting)|acknowledg(?:es|ed|ing)|argu(?:es|ed|ing)|insist(?:s|ed|ing)|believ(?:es|ed|ing)|thinks?|thought|warn(?:s|ed|ing))\s+that\s+/gi;

const PREPOSITION = /^(?:but|and|so|even|for|in|to|with|at|on|by|from|after|before|as|regardless of)\s+/i;

/** A name: capitalised words, with a title or a linking "of", "and" or "the" between them ("Lord Archer", "Trump University"). */
const NAME = /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Lord|Sir)\.?\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:of|and|the)\s+)?\p{Lu}[\p{L}’'.-]*)*$/u;

/** A short noun phrase after a determiner, with no preposition but "of" ("The seats", "The former secretary of state"). */
const NOUN_PHRASE =
  /^(?:the|a|an|this|these|those|his|her|its|their|both)\s+(?!.*\b(?:on|by|to|with|for|in|at|from|about|into|over|after|than)\b)(?:[\p{L}\p{N}’'-]+\s+){0,3}[\p{L}\p{N}’'-]+$/iu;

/** The noun phrase before ", who …": a name or a short noun phrase after the last clause break or "that"; null when it is neither. */
function antecedent(before: string): string | null {
  const tail = (before.split(/[;:(?!]|\s[—–-]\s|,\s+|\bthat\s+/).pop() ?? '').trim().replace(/^[“"‘]+/, '');
  const noun = tail.replace(PREPOSITION, '');
  return NAME.test(noun) || NOUN_PHRASE.test(noun) ? noun : null;
}

/** Words before a noun phrase that make its head unsure: a preposition (for a thing's "which"), a name particle. */
const PREPOSITION_WORD = /^(?:of|on|from|for|in|at|by|with|about|into|over|under|to|near|against|behind)$/;
const NAME_PARTICLE = /^(?:de|da|di|del|der|van|von|le|la|bin|al|el)$/;

/** "The recent vote brought a minority Conservative government, which …": the noun phrase that ends the clause, read back from
 *  its last word to the first determiner ("an impeachment trial", not "the Senate holds an impeachment trial") or the whole name. */
function trailingNoun(before: string, pronoun: string): string | null {
  const words = (before.split(/[;:(?!]|\s[—–-]\s|,\s+|\bthat\s+/).pop() ?? '').trim().split(/\s+/);
  // "found a man bleeding, who …": a participle after the noun leaves it unsure which of them the clause is about.
  if (/ing$/.test(words.at(-1) ?? '')) return null;
  for (let k = words.length - 1; k >= Math.max(1, words.length - 6); k--) {
    const phrase = words.slice(k).join(' ');
    const prior = words[k - 1]?.toLowerCase() ?? '';
    const name = NAME.test(phrase);
    // "Rubio and Kasich", "Hillary Clinton": a name runs on over capitalised words and a linking "and" or "of".
    if (name && (/^\p{Lu}/u.test(words[k - 1] ?? '') || (/^(?:and|of)$/.test(prior) && /^\p{Lu}/u.test(words[k - 2] ?? '')))) continue;
    if (!name && !NOUN_PHRASE.test(phrase)) continue;
    // "a chest X-ray", "the Left": a determiner a few words back makes the name part of a noun phrase.
    const from = name ? [k - 1, k - 2, k - 3].find((j) => j >= 0 && NOUN_PHRASE.test(words.slice(j).join(' '))) : undefined;
    return nounAfter(words, from ?? k, pronoun);
  }
  return null;
}

/** The phrase from word `k`, unless the word before it makes the head unsure. */
function nounAfter(words: readonly string[], k: number, pronoun: string): string | null {
  const prior = words[k - 1]?.toLowerCase() ?? '';
  // "the file on the issue, which …", "a tweet sent by a contributor, which …": a thing's "which" may be the head's before the
  // preposition; "bad news for Trump, who …" is a person's. "Bill de Blasio": a name particle means the name runs on before it.
  return (/^which/i.test(pronoun) && PREPOSITION_WORD.test(prior)) || NAME_PARTICLE.test(prior) ? null : words.slice(k).join(' ');
}

/** "…, which may or may not be the best strategy", "…, which is probably a wise choice": the clause before is what is judged. */
const SENTENTIAL = /^(?:\S+\s+){0,8}?(?:choice|strategy|move|decision|step|idea|mistake|sign|development|approach|tactic|error|gamble|departure|shift)\b/i;

/** The noun, unless a plural one stands before a singular verb ("the Paris attacks, which was seen as …" judges the clause). */
function agreeing(noun: string | null, inner: string): string | null {
  return noun !== null && /[^su]s$/.test(noun) && /^(?:\p{Ll}+ly\s+)?(?:is|was|has|does|seems|appears)\b/u.test(inner) ? null : noun;
}

/** A relative clause that opens on its verb ("which is thought to …", "who was possibly …"), so the noun before it is its subject;
 *  not "which many of us think …", whose "which" is an object. */
const SUBJECT_RELATIVE = new RegExp(`^(?:\\p{Ll}+ly\\s+)?(?:${LINKING_OPENER})\\b`, 'u');

/** The main verb goes on straight from the relative clause: an auxiliary, an adverb or a verb in -s or -ed, or the cue itself. */
const MAIN_VERB =
  /^(?:$|(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did|do|doesn['’]t|didn['’]t|won['’]t|isn['’]t|wasn['’]t|now|also|still|then|later|\p{Ll}+(?:ed|es|s))\b)/u;

function clauseFrom(text: string): string {
  const end = maskAdjectiveCommas(text).search(CLAUSE_END);
  return (end >= 0 ? text.slice(0, end) : text).replace(/[\s.!?”"’)]+$/, '');
}

/**
 * A claim that opens on "who" or "which" after a comma: with the cue inside the relative clause, that clause with its antecedent
 * ("Thaksin, who is living in an undisclosed country, delivered …" → "Thaksin is living in an undisclosed country"); with the cue
 * after it, the antecedent and the main verb ("The seats, which …, will likely be bought back" → "The seats will likely be bought back").
 */
export function acrossRelative({ text: claim, at: open }: ClaimSpan, m: CueMatch, text: string): string {
  const pronoun = /^(?:who|which)\s+/i.exec(claim);
  if (!pronoun || m.cue.kind === 'anonymous-source' || m.cue.kind === 'disputed') return claim;
  // Where the claim starts in the sentence, as its finder cut it; the sentence must read the same pronoun there.
  if (open < 0 || open > m.at || !text.startsWith(pronoun[0], open) || !/,\s+(?:and\s+)?$/.test(text.slice(0, open))) return claim;
  const before = text.slice(0, open).replace(/,\s+(?:and\s+)?$/, '');
  const body = open + pronoun[0].length;
  const commas = allMatches(text.slice(body, m.at), COMMA);
  const last = commas.at(-1);
  const subject = antecedent(before);
  if (!last) {
    // The cue is inside the relative clause: the clause, up to its closing comma, stands for the claim.
    const inner = clauseFrom(text.slice(body));
    if (m.at >= body + inner.length) return claim;
    const ended = subject ?? (SUBJECT_RELATIVE.test(inner) && !SENTENTIAL.test(inner) ? agreeing(trailingNoun(before, pronoun[0]), inner) : null);
    return ended ? `${ended} ${inner}` : `${pronoun[0]}${inner}`;
  }
  const from = body + last.index + last[0].length;
  const lead = text.slice(from, m.at);
  if (/^(?:and|but|or|then|while|although|though)\b/i.test(lead)) return claim;
  const reported = allMatches(lead, REPORTED).at(-1);
  if (reported) return clauseFrom(text.slice(from + reported.index + reported[0].length)) || claim;
  const main = text.slice(from, m.end) + clauseFrom(text.slice(m.end));
  // "In New Hampshire, which votes second, Sanders appears to …": the main clause has its own subject.
  if (/^(?:\p{Lu}|(?:the|a|an|his|her|their|its|our|some|many|most)\s)/u.test(lead)) return main;
  return subject && MAIN_VERB.test(lead) ? `${subject} ${main}` : claim;
}
