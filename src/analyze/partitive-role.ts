// Why: a group one belongs to is how many articles name a source's role: "Abakar Saboune, one of the rebels, said", "One of the
// prosecutors in the case, Patrizia Petruziello, said"; name-roles.ts (at its size limit) asks here before its other readings.
import { closesApposition, isAppositionWord, isRoleText } from './bare-role.js';
import { isEpithetHead } from './name-words.js';
import { PARTITIVE_GROUP } from './role-only.js';
import { joinedText, type Token } from './tokens.js';

/** The word after "one of" that opens the group: an article, possessive or count, or a capitalised owner ("one of Britain's …"). */
const GROUP_OPENER = new RegExp(`^(?:${PARTITIVE_GROUP}|\\p{Lu}\\S*['’]s?)$`, 'u');

/** "Abakar Saboune, one of the rebels, said", "Vargas Llosa, one of the signatories,": a partitive after a name's comma at `k - 1` is
 *  its role, closed by a comma, the sentence's end, "said"/"told" or "who"; null if none (not "one of the most …" running on into a clause). */
export function partitiveRole(tokens: readonly Token[], k: number): string | null {
  if (tokens[k]?.text.toLowerCase() !== 'one' || tokens[k + 1]?.text !== 'of' || !GROUP_OPENER.test(tokens[k + 2]?.text ?? '')) return null;
  let end = k + 3;
  while (end < k + 9 && isAppositionWord(tokens, end) && !/^(?:and|or|but)$/.test(tokens[end]?.text ?? '')) end++;
  const head = tokens[end - 1]?.text ?? '';
  // "one of several coal industry veterans who have come to work with …": the relative clause says more of them, the role ends before it.
  if (end === k + 3 || !/^\p{Ll}+s$/u.test(head) || !(closesApposition(tokens, end) || /^(?:said|says|told|who)$/.test(tokens[end]?.text ?? ''))) return null;
  return joinedText(tokens.slice(k, end));
}

/** "One of the prosecutors in the case, Patrizia Petruziello, said": a partitive that opens the sentence (or follows "and", "but",
 *  "said") and ends at the comma `comma` before the name, its group in the plural; null if none. */
export function partitiveBefore(tokens: readonly Token[], comma: number): string | null {
  for (let k = comma - 3; k >= Math.max(0, comma - 10); k--) {
    if (!/^one$/i.test(tokens[k]?.text ?? '') || tokens[k + 1]?.text !== 'of') continue;
    const opens = k === 0 || /^(?:and|but|said|says|told)$/i.test(tokens[k - 1]?.text ?? '');
    const words = tokens.slice(k, comma);
    const prep = words.findIndex((t, i) => i > 2 && /^(?:in|at|on|for|from|with)$/.test(t.text));
    const head = words[(prep < 0 ? words.length : prep) - 1]?.text ?? '';
    // "One of the reasons, Smith said, is …": the group must be people in a role ("prosecutors", "candidates").
    const one = head.replace(/ies$/, 'y').replace(/s$/, '');
    if (!opens || words.some((t) => t.kind !== 'word') || !/^\p{Ll}+s$/u.test(head) || !(isRoleText(one) || isEpithetHead(one))) return null;
    return `one ${joinedText(words.slice(1))}`;
  }
  return null;
}
