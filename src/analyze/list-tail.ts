// "Most Republican voters in Alabama, Georgia and Virginia said …", "China, Vietnam, the Philippines, Brunei and Taiwan have claims":
// a phrase with "and" right after a list's comma is the list's tail, not the whole subject; it holds nothing alone.
import type { Token } from './tokens.js';

/** Words that open a sentence's lead-in, not a list's item ("In Washington, Bush and Roh said"). */
const LEAD_IN = /^(in|on|at|after|before|since|during|from|for|with|by|as|when|while|if|although|though|because|until|under|over|like|unlike)$/i;

/** Whether a subject phrase joined by "and" follows a comma after another listed name: a list's last members. */
export function isListTail(tokens: readonly Token[], subject: readonly Token[]): boolean {
  const first = subject[0];
  if (!first || !subject.some((t) => t.text === 'and')) return false;
  const at = tokens.indexOf(first);
  if (tokens[at - 1]?.text !== ',' || !/^\p{Lu}/u.test(tokens[at - 2]?.text ?? '')) return false;
  let item = at - 2;
  while (item > 0 && tokens[item - 1]?.kind === 'word') item--;
  return !LEAD_IN.test(tokens[item]?.text ?? '');
}
