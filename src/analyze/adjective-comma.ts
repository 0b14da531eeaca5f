// Why: "which is thought to harbor a huge, salty ocean" — a comma between two adjectives of one noun ends no clause, and a
// claim or fear cut there ends on "a huge".
import { maskSerialAnd } from './serial-list.js';

/** A determiner and the one word after it, right before a comma: the noun phrase has no noun yet ("a huge,", "the amorphous,"). */
const OPEN_PHRASE = /(?:^|[^\p{L}'’-])(?:a|an|the)\s+(?:(?:very|more|most|so|too)\s+)?(\p{Ll}[\p{Ll}-]*)$/u;

/** After the comma: a lower-case word and its noun, then the phrase ends or goes on with a preposition ("salty ocean beneath"). */
const CLOSING_PHRASE =
  /^\s+(\p{Ll}[\p{Ll}-]*)\s+(\p{Ll}[\p{Ll}-]*)(?=\s*(?:[,.;:!?)”"’]|$)|\s+(?:of|in|on|at|beneath|under|over|with|for|from|that|to|and|or|which|who)\b)/u;

/** Words that open a clause, a phrase of their own, or an attribution ("the plan, critics say"), not a second adjective. */
const NOT_ADJECTIVE =
  /^(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your|and|or|but|nor|so|yet|for|as|if|when|while|which|who|whose|where|though|although|because|since|then|now|not|also|even|just|only|according|he|she|it|they|we|i|you|there|some|many|most|all|both|each|every|no|one|two|three|said|says|say|told|added|wrote|writes|reported|reports|argued|believe|believes|believed|think|thinks|thought|warned|warns)$/;

/** The text with every comma that stands between two adjectives of one noun blanked, so that a search for a clause's end passes over it. */
export function maskAdjectiveCommas(text: string): string {
  if (!text.includes(',')) return text;
  return text.replace(/,/g, (comma, at: number) => (isAdjectiveComma(text, at) ? ' ' : comma));
}

function isAdjectiveComma(text: string, at: number): boolean {
  const before = OPEN_PHRASE.exec(text.slice(Math.max(0, at - 40), at));
  const after = before && CLOSING_PHRASE.exec(text.slice(at + 1, at + 80));
  if (!before || !after) return false;
  const [, first = '', second = ''] = after;
  // "the campaign, offered a …", "a report, issued by …": a verb after the comma opens a clause or a participle phrase.
  return !NOT_ADJECTIVE.test(first) && !NOT_ADJECTIVE.test(second) && !/(?:ed|ing)$/.test(first) && !NOT_ADJECTIVE.test(before[1] ?? '');
}

/** A connective set off by commas inside a clause, its verb next ("Some details, though, remain murky"): it ends no clause; one
 *  before a pronoun, an article, a preposition or a clause word ("Because he suspected it, though, he told …") may end one. */
export const CONNECTIVE = '(?:though|however|too|meanwhile|moreover|in turn|of course|for example|for instance|indeed|in fact|nonetheless|nevertheless)';
const VERB_NEXT =
  '\\s+(?!(?:and|but|or|nor|so|yet|because|since|as|while|when|if|whether|although|though|which|who|that|he|she|it|they|we|i|you|there|this|these|those|the|a|an|his|her|their|its|by|in|on|at|to|of|for|with|from)\\b)\\p{Ll}';
const SET_OFF_CONNECTIVE = new RegExp(`,(?=\\s+${CONNECTIVE}\\s*,${VERB_NEXT})|(?<=,\\s+${CONNECTIVE}\\s*),(?=${VERB_NEXT})`, 'gu');

/** Every comma inside a phrase blanked: a list's serial ", and", a comma between adjectives, and those around a connective. */
export function maskPhraseCommas(text: string): string {
  return maskAdjectiveCommas(maskSerialAnd(text)).replace(SET_OFF_CONNECTIVE, ' ');
}
