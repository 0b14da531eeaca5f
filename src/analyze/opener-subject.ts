// "In its report on the council's work the committee said": an opening prepositional phrase with no comma ends where a new "the" starts.
import { isCapitalised, type Token } from './tokens.js';

/** Prepositions that open a sentence with a phrase of time, place or source before its subject. */
const OPENER = /^(in|at|during|after|on|under|from|following|since|before|amid|throughout|through|despite|with)$/i;
/** Words before "the" that keep it inside one phrase ("all the members", "half the staff"). */
const PREDETERMINER = /^(all|both|half|twice|double|such|quite|rather|many|what|of)$/;

/**
 * The subject after an opening prepositional phrase that runs into it without a comma, or null: the phrase before the verb must start
 * right after the sentence's opening preposition, and a determiner after a lower-case word opens the subject.
 */
export function subjectAfterOpener(tokens: readonly Token[], direct: readonly Token[], verb: number): Token[] | null {
  const head = direct[0];
  if (!head || !OPENER.test(tokens[0]?.text ?? '')) return null;
  if (tokens.slice(0, verb).some((t) => t.kind !== 'word')) return null;
  for (let j = direct.length - 2; j > 0; j--) {
    const prior = direct[j - 1]?.text ?? '';
    if (/^(the|a|an)$/.test(direct[j]?.text ?? '') && /^\p{Ll}/u.test(prior) && !PREDETERMINER.test(prior)) return direct.slice(j);
  }
  return null;
}

/** "In his press conference Kalikow said": the capitalised words that end a phrase opening on a preposition with no comma, or null. */
export function nameAfterOpenerPhrase(tokens: readonly Token[], direct: readonly Token[]): Token[] | null {
  const [head, tail] = [direct[0], direct.at(-1)];
  const opener = head ? (tokens[tokens.indexOf(head) - 1]?.text ?? '') : '';
  if (direct.length <= 2 || !head || !tail || !/^(in|at|during|after|on)$/i.test(opener) || isCapitalised(head.text) || !isCapitalised(tail.text)) return null;
  let first = direct.length - 1;
  while (first > 1 && isCapitalised(direct[first - 1]?.text ?? '')) first--;
  return isCapitalised(direct[first - 1]?.text ?? '') ? null : direct.slice(first);
}

/** "It was the first time Ann Lee said", "every time Trump speaks": the capitalised name after "time" is the verb's subject. */
export function nameAfterTime(direct: readonly Token[]): Token[] | null {
  const at = direct.findIndex((t) => /^times?$/.test(t.text));
  const rest = at >= 0 ? direct.slice(at + 1) : [];
  return rest.length > 0 && rest.length <= 4 && rest.every((t) => isCapitalised(t.text)) ? rest : null;
}
