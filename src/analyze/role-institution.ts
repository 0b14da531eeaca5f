// Why: a role after a name is capped at eight words, and the cap cut off where the person works ("professor of communications at
// Rider University", "executive director for China at the International Monetary Fund"): the "at" phrase is the part a reader needs.
import { isConnector } from './capital-runs.js';
import { endCutRole, ROLE_PHRASE_PREP, withoutCutModifier } from './role-cut.js';
import { isRoleText } from './bare-role.js';
import { isCapitalised, type Token } from './tokens.js';

/** Words between the cut and the "at" that keep one phrase ("studies"), not a clause or a second role ("challenged by", "and"). */
const PHRASE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const NOT_PHRASE = /^(?:and|or|by|who|whom|whose|where|which|that|when|while|is|was|has|had|have)$|\p{Ll}(?:ed|ing)$/u;

/**
 * The role's words as the cap and its cuts leave them, then carried on to the end of an "at" phrase naming a place of work in
 * capitals when the cut fell in or just before it ("… at the International" → "… at the International Monetary Fund"), up to 14
 * words; the run must end where the role does (`closed`), or before "in" or another "at".
 */
export function cutRole(words: readonly string[], next: readonly Token[], full: readonly string[], closed: boolean): readonly string[] {
  const role = roleWithPlace(words, next, full, closed);
  // "an attorney at Caplin & Drysdale and the director [of …]": a second role the cap cuts short goes; the first stays whole.
  const and = role.lastIndexOf('and');
  return role.length < full.length && and > 1 && role.length - and <= 3 && /^(?:the|a|an)$/.test(role[and + 1] ?? '') ? role.slice(0, and) : role;
}

function roleWithPlace(words: readonly string[], next: readonly Token[], full: readonly string[], closed: boolean): readonly string[] {
  const kept = withoutCutModifier(endCutRole(words, next, isRoleText), isRoleText, ROLE_PHRASE_PREP);
  if (kept.length < 2 || kept.length >= full.length || kept.some((w, k) => w !== full[k])) return kept;
  for (let k = Math.max(1, kept.length - 3); k <= kept.length + 3 && k < full.length - 1; k++) {
    if (full[k] !== 'at') continue;
    if (full.slice(kept.length, k).some((w) => !PHRASE_WORD.test(w) || NOT_PHRASE.test(w))) return kept;
    let end = full[k + 1] === 'the' ? k + 2 : k + 1;
    if (!isCapitalised(full[end] ?? '')) return kept;
    while (end < full.length && (isCapitalised(full[end] ?? '') || full[end] === '&' || (isConnector(full[end] ?? '') && isCapitalised(full[end + 1] ?? ''))))
      end++;
    const ends = end === full.length ? closed : /^(?:in|at)$/.test(full[end] ?? '');
    return ends && end <= 14 ? full.slice(0, end) : kept;
  }
  return kept;
}
